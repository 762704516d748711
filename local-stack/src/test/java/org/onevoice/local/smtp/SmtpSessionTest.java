package org.onevoice.local.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    @Test
    void linesStartingWithADotAreDoubledSoTheyCannotEndTheMail() {
        assertEquals("..a\r\nb\r\n..\r\n...c\r\n", SmtpSession.dotStuffed(".a\r\nb\r\n.\r\n..c"));
        assertEquals("plain\r\n", SmtpSession.dotStuffed("plain\r\n"));
    }
}
