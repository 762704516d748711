package org.onevoice.gateway.email;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by every text the parser produces. */
final class PlainText {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private PlainText() {
    }

    static String tidy(String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        return BLANK_RUNS.matcher(TRAILING_SPACE.matcher(unixLines).replaceAll("")).replaceAll("\n\n").strip();
    }

    static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
