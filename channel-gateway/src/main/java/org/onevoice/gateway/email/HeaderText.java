package org.onevoice.gateway.email;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;

/** Readable header values: unfolded, 8-bit bytes repaired, RFC 2047 encoded words decoded. */
final class HeaderText {
    private HeaderText() {
    }

    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String text = TextDecoding.repairRawHeader(MimeUtility.unfold(raw)).strip();
        try {
            return MimeUtility.decodeText(text).replaceAll("[\\r\\n\\t]+", " ").strip();
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }
}
