package org.onevoice.gateway.email;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Set;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.gateway.language.LanguageDetector;
import org.onevoice.gateway.support.PublishedForm;

/**
 * Coverage-guided fuzzing of the mail parser with raw bytes: whatever arrives over SMTP or HTTP
 * gets a verdict (no exception, no hang), and an accepted mail is a valid event within the limits.
 * Limits are small so the fuzzer reaches them. Seeds and past findings:
 * {@code src/test/resources/org/onevoice/gateway/email/EmailParserFuzzTestInputs/}.
 */
class EmailParserFuzzTest {
    private static final EmailRules RULES = new EmailRules(Set.of("support@onevoice.local"), 4, 4096, 2000, 6, 40, 60, 8192);
    private static final EmailParser PARSER = new EmailParser(RULES, LanguageDetector::detect);

    @FuzzTest(maxDuration = "10s")
    void everyMailGetsAVerdict(byte[] raw) {
        EmailVerdict verdict = PARSER.parse(raw, Instant.EPOCH);
        if (verdict instanceof EmailVerdict.Rejected rejected) {
            assertNotNull(rejected.reason());
            assertFalse(rejected.explanation().isBlank());
            return;
        }
        ContactReceived contact = ((EmailVerdict.Accepted) verdict).contact();
        assertFalse(contact.body().isBlank(), "an accepted mail has text");
        assertTrue(contact.body().length() <= RULES.maxTextChars(), "the body is truncated to the limit");
        assertFalse(contact.channelMessageId().isBlank());
        PublishedForm.assertRoundTrips(contact);
    }
}
