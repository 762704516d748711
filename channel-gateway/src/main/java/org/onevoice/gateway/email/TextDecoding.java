package org.onevoice.gateway.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns bytes of a mail into text. Mails often lie about or omit their charset: undeclared 8-bit
 * text is tried as UTF-8 and otherwise read as windows-1252 (what mail clients assume for it), and
 * ISO-8859-1 labels are read as windows-1252, its superset, as browsers do.
 */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] bytes, String declaredCharset) {
        Charset declared = charsetNamed(declaredCharset);
        if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
            return undeclared(bytes);
        }
        if (declared.equals(StandardCharsets.ISO_8859_1)) {
            return new String(bytes, WINDOWS_1252);
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, StandardCharsets.UTF_8));
        }
        return new String(bytes, declared);
    }

    /** Header values arrive as one char per byte; re-reads any 8-bit bytes among them. */
    static String repairRawHeader(String latin1) {
        if (latin1 == null || latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        if (latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        return undeclared(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String undeclared(byte[] bytes) {
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(cleaned);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
