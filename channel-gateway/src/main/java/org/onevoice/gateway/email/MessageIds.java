package org.onevoice.gateway.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message ids in one form, {@code <local@domain>}, the way mail clients put them in In-Reply-To
 * and References, so an id seen in one header matches the same id in another.
 */
final class MessageIds {
    static final String DERIVED_DOMAIN = "derived.onevoice.invalid";
    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

    private MessageIds() {
    }

    /** The first id in a header value, or null when there is none. */
    static String first(String headerValue) {
        List<String> ids = all(headerValue);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Every id in a header value, in order; bare ids without brackets are accepted too. */
    static List<String> all(String headerValue) {
        List<String> ids = new ArrayList<>();
        if (headerValue == null) {
            return ids;
        }
        Matcher m = BRACKETED.matcher(headerValue);
        while (m.find()) {
            ids.add('<' + m.group(1) + '>');
        }
        if (ids.isEmpty()) {
            for (String token : headerValue.strip().split("[\\s,]+")) {
                if (token.indexOf('@') > 0 && token.length() > 2) {
                    ids.add('<' + token + '>');
                }
            }
        }
        return ids;
    }

    /**
     * A stable id for a mail without Message-ID: a hash of what the sender wrote (origin headers
     * and body, line endings normalised), leaving out trace headers relays add, so the same mail
     * delivered twice, via SMTP or HTTP, gets the same id.
     */
    static String derived(List<String> originHeaderValues, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String value : originHeaderValues) {
                sha.update(String.valueOf(value).strip().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (byte b : body) {
                if (b != '\r') {
                    sha.update(b);
                }
            }
            return '<' + HexFormat.of().formatHex(sha.digest(), 0, 16) + '@' + DERIVED_DOMAIN + '>';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
