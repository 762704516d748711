package org.onevoice.gateway.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Old clients put files into the text itself as uuencoded blocks ("begin 644 name" ... "end").
 * They are attachments, not words the customer wrote.
 */
final class UuencodedBlocks {
    private static final Pattern BEGIN = Pattern.compile("^begin [0-7]{3,4} (\\S.*)$");

    record Split(String text, List<Attachment> attachments) {
    }

    private UuencodedBlocks() {
    }

    static Split split(String text) {
        if (!text.contains("begin ")) {
            return new Split(text, List.of());
        }
        List<Attachment> attachments = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher begin = BEGIN.matcher(lines[i]);
            int end = begin.matches() ? endOf(lines, i + 1) : -1;
            if (end < 0) {
                kept.append(lines[i]).append('\n');
                continue;
            }
            long size = 0;
            for (int k = i + 1; k < end; k++) {
                size += lines[k].isEmpty() ? 0 : (lines[k].charAt(0) - 32) & 63;
            }
            attachments.add(new Attachment(begin.group(1).strip(), "application/octet-stream", size));
            i = end;
        }
        return new Split(kept.toString(), attachments);
    }

    private static int endOf(String[] lines, int from) {
        for (int k = from; k < lines.length; k++) {
            if (lines[k].strip().equals("end")) {
                return k;
            }
        }
        return -1;
    }
}
