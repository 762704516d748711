package org.onevoice.ticket.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.problem.ProblemException;

/**
 * Brings an identity typed by an agent into the form the gateway uses, so it matches the
 * identities contacts arrive with: lower-case email addresses, E.164 phone numbers, numeric X ids.
 */
public final class IdentityNormaliser {
    /** Numbers written the Dutch way (06..., 020...) get the Dutch country code. */
    private static final String DEFAULT_COUNTRY_CODE = "31";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern X_USER_ID = Pattern.compile("\\d{1,20}");

    private IdentityNormaliser() {
    }

    public static String normalise(IdentityKind kind, String value) {
        String v = value.strip();
        String normal = switch (kind) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> phone(v);
            case X_USER -> v;
        };
        Pattern valid = switch (kind) {
            case EMAIL -> EMAIL;
            case PHONE -> E164;
            case X_USER -> X_USER_ID;
        };
        if (!valid.matcher(normal).matches()) {
            throw ProblemException.badField("value", "'" + value + "' is not a valid " + kind
                    + (kind == IdentityKind.X_USER ? " (the numeric user id, not the @handle)" : ""));
        }
        return normal;
    }

    private static String phone(String value) {
        String digits = value.replaceAll("[\\s().\\-/]", "");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "+" + DEFAULT_COUNTRY_CODE + digits.substring(1);
        }
        return digits;
    }
}
