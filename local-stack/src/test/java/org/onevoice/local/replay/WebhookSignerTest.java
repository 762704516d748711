package org.onevoice.local.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Known answers computed with another HMAC implementation (Python's hmac module). */
class WebhookSignerTest {

    @Test
    void signaturesWithDifferentSecretsOneAfterTheOtherAreEachTheirOwn() {
        for (int round = 0; round < 2; round++) {
            assertEquals("sha256=Hlco0COzwYOsSzVcCoqAGpNZdK3BYQku/gWz9SSGVjA=",
                    WebhookSigner.x("consumer-secret", "{\"for_user_id\":\"1\"}"));
            assertEquals("sha256=c4ef70f5aa9b6763f436b678c1514a2341ab64e8365b4d7a5c263b19e30c5b25",
                    WebhookSigner.oneVoice("call-secret", 1_700_000_000L, "{\"callId\":\"c1\"}"));
        }
    }
}
