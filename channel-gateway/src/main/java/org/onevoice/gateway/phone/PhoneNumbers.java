package org.onevoice.gateway.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers in E.164, the one form under which a caller is recognised across calls, whatever
 * the platform sent: "020 123 4567", "+31 20 1234567" and "0031201234567" are the same caller.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * @param defaultRegion ISO 3166 region for numbers written without a country code
     * @return the E.164 form, or empty when the text is not a valid phone number
     */
    public static Optional<String> toE164(String text, String defaultRegion) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text.strip(), defaultRegion);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
