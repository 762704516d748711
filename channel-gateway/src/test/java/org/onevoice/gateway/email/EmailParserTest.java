package org.onevoice.gateway.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.IdentityKind;

class EmailParserTest {
    private static final Instant RECEIVED = Instant.parse("2026-03-06T12:00:00Z");
    private static final EmailRules RULES = new EmailRules(Set.of("support@onevoice.local"), 3, 1024, 10_000);
    private final EmailParser parser = new EmailParser(RULES, text -> text.contains("factuur") ? "nl" : "en");

    @Test
    void aQuotedPrintableDutchReplyKeepsOnlyWhatTheCustomerWroteNow() throws IOException {
        ContactReceived contact = accepted(fixture("dutch-reply-quoted-printable.eml"));

        assertEquals(Channel.EMAIL, contact.channel());
        assertEquals("<reply-1@mail.example.nl>", contact.channelMessageId());
        assertEquals(EventIds.forChannelMessage(Channel.EMAIL, "<reply-1@mail.example.nl>", ContactReceived.TYPE), contact.eventId());
        assertEquals(IdentityKind.EMAIL, contact.customer().kind());
        assertEquals("anna.jansen@example.nl", contact.customer().value());
        assertEquals("Anna Jànsen", contact.customer().displayName());
        assertEquals("Re: Factuur klopt niet [OV-42]", contact.subject());
        assertEquals(Instant.parse("2026-03-03T08:15:00Z"), contact.channelTimestamp());
        assertEquals(RECEIVED, contact.ingestedAt());
        assertEquals("Hallo, de factuur van maart is nog steeds € 12,50 te hoog. Kunnen jullie dat corrigeren?", contact.body());
        assertEquals("nl", contact.language());
        assertEquals("<agent-answer-7@onevoice.local>", contact.threading().inReplyTo());
        assertEquals(List.of("<first-question@mail.example.nl>", "<agent-answer-7@onevoice.local>"), contact.threading().references());
        assertEquals("OV-42", contact.threading().ticketTag());
        String fullText = contact.facts().get(EmailFacts.FULL_TEXT);
        assertTrue(fullText.contains("Bakkerij Jansen") && fullText.contains("> Dank voor uw bericht"), fullText);
    }

    @Test
    void multipartPrefersPlainTextAndListsAttachmentsWithoutTheirContent() throws IOException {
        ContactReceived contact = accepted(fixture("mixed-with-attachments.eml"));

        assertEquals("My charger stopped working after two days. Photo and receipt attached.", contact.body());
        assertEquals("[{\"name\":\"charger.jpg\",\"contentType\":\"image/jpeg\",\"sizeBytes\":13},"
                + "{\"name\":\"bon maart.pdf\",\"contentType\":\"application/pdf\",\"sizeBytes\":9}]", contact.facts().get(EmailFacts.ATTACHMENTS));
        assertEquals("Bob Smith", contact.customer().displayName());
        assertNull(contact.threading().ticketTag());
    }

    @Test
    void htmlOnlyMailBecomesTextWithoutTheQuotedMessageStylesOrMarkup() throws IOException {
        ContactReceived contact = accepted(fixture("html-only-gmail-reply.eml"));

        assertEquals("Where is my order? It was due on Monday.\n\nRegards, Carla", contact.body());
        assertTrue(contact.facts().get(EmailFacts.FULL_TEXT).contains("Your order ships today. Café crème."));
        assertFalse(contact.facts().get(EmailFacts.FULL_TEXT).contains("color:red"));
    }

    @Test
    void undeclared8BitTextIsReadAsUtf8WhenValidAndAsWindows1252Otherwise() {
        String mail = "From: a@example.com\nSubject: Caf\u00e9\nMessage-ID: <c@example.com>\n\nIk wil graag \u20ac 5 terug voor de caf\u00e9.\n";

        assertEquals("Ik wil graag € 5 terug voor de café.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
        ContactReceived legacy = accepted(mail.getBytes(Charset.forName("windows-1252")));
        assertEquals("Ik wil graag € 5 terug voor de café.", legacy.body());
        assertEquals("Café", legacy.subject());
    }

    @Test
    void declaredIsoCharsetsAreHonoured() {
        String mail = "From: a@example.com\nMessage-ID: <d@example.com>\nContent-Type: text/plain; charset=\"ISO-8859-2\"\n"
                + "Content-Transfer-Encoding: 8bit\n\nDzi\u0119kuj\u0119, \u017c\u00f3\u0142w.\n";

        assertEquals("Dziękuję, żółw.", accepted(mail.getBytes(Charset.forName("ISO-8859-2"))).body());
    }

    @Test
    void outlookStyleReplyIsCutAtTheHeaderBlockAndMobileSignaturesGo() {
        String mail = """
                From: Eva <eva@example.com>
                Message-ID: <e@example.com>
                Subject: RE: Delivery

                Still nothing arrived.

                Verzonden vanaf mijn iPhone

                ________________________________
                From: Support <support@onevoice.local>
                Sent: Monday, 2 March 2026 10:00
                To: Eva
                Subject: Delivery

                It ships tomorrow.
                """;

        assertEquals("Still nothing arrived.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void bottomPostedAnswersBelowQuotesAreKept() {
        String mail = """
                From: f@example.com
                Message-ID: <f@example.com>

                On 02/03/2026 10:00, Support wrote:
                > Which model do you have?

                The X200, bought in January.
                """;

        assertEquals("The X200, bought in January.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void theSameTextInlineAsPlainAndHtmlCountsOnceAndASignaturePartIsDropped() {
        String mail = """
                From: o@example.com
                Message-ID: <o@example.com>
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                The app crashes on start.
                --b
                Content-Type: text/html

                <p>The app   crashes on start.</p>
                --b
                Content-Type: text/plain

                --\s
                Olga, Rotterdam
                --b--
                """;

        assertEquals("The app crashes on start.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void yahooStyleAttributionWithoutQuoteMarksCutsTheRest() {
        String mail = """
                From: p@example.com
                Message-ID: <p@example.com>

                Thanks, that works.

                --- On Wed, 4/3/26, Support <support@onevoice.local> wrote:

                From: Support
                Try restarting the router.
                """;

        assertEquals("Thanks, that works.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void aHeaderBlockInAnyOrderStartsTheQuoteButAForwardedMailIsKept() {
        String reply = """
                From: q@example.com
                Message-ID: <q1@example.com>

                Ja, dat klopt.

                Datum: 3 maart 2026
                Onderwerp: Adres
                Van: Support <support@onevoice.local>

                Klopt uw adres nog?
                """;
        String forward = """
                From: q@example.com
                Message-ID: <q2@example.com>

                Is this mail really from you?

                ---------- Forwarded message ---------
                From: Acme Billing <billing@acme.example>
                Date: Mon, 2 Mar 2026
                Subject: Pay now

                Your account will be closed.
                """;

        assertEquals("Ja, dat klopt.", accepted(reply.getBytes(StandardCharsets.UTF_8)).body());
        String forwarded = accepted(forward.getBytes(StandardCharsets.UTF_8)).body();
        assertTrue(forwarded.startsWith("Is this mail really from you?") && forwarded.endsWith("Your account will be closed."), forwarded);
    }

    @Test
    void anHtmlReplyLosesTheAttributionLeftBehindByItsQuoteAndLineStartSpaces() {
        String mail = "From: r@example.com\nMessage-ID: <r@example.com>\nContent-Type: text/html; charset=utf-8\n\n"
                + "<div>Hi,<br> it still fails.<br></div><div>26.02.2026, 14:41, \"Support\" &lt;support@onevoice.local&gt;:</div>"
                + "<blockquote>Please try again.</blockquote>";

        assertEquals("Hi,\nit still fails.", accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void formatFlowedParagraphsAreJoinedAndTheirQuotesStillRecognised() {
        String mail = "From: s@example.com\nMessage-ID: <s@example.com>\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
                + "My order from last week still has not been de \nlivered, can you check?  \nThanks.\n\n"
                + "On Mon, 2 Mar 2026 at 10:00, Support \n<support@onevoice.local> wrote:\n> It ships \n> today.\n";

        assertEquals("My order from last week still has not been delivered, can you check? Thanks.",
                accepted(mail.getBytes(StandardCharsets.UTF_8)).body());
    }

    @Test
    void uuencodedFilesInTheTextBecomeAttachments() {
        String mail = "From: g@example.com\nMessage-ID: <g@example.com>\n\nSee the file.\n\nbegin 644 note.txt\n"
                + "%:&5L;&\\*\n`\nend\n";

        ContactReceived contact = accepted(mail.getBytes(StandardCharsets.US_ASCII));
        assertEquals("See the file.", contact.body());
        assertEquals("[{\"name\":\"note.txt\",\"contentType\":\"application/octet-stream\",\"sizeBytes\":5}]",
                contact.facts().get(EmailFacts.ATTACHMENTS));
    }

    @Test
    void withoutMessageIdTheSameMailGetsTheSameDerivedIdEvenAfterAnotherRelay() {
        String mail = "From: h@example.com\r\nTo: support@onevoice.local\r\nDate: Fri, 6 Mar 2026 10:00:00 +0100\r\n"
                + "Subject: No id\r\n\r\nMy question without an id.\r\n";
        String relayed = "Received: from relay.example.net by mx.onevoice.local\r\n" + mail.replace("\r\n", "\n");

        ContactReceived first = accepted(mail.getBytes(StandardCharsets.US_ASCII));
        ContactReceived second = accepted(relayed.getBytes(StandardCharsets.US_ASCII));
        ContactReceived other = accepted(mail.replace("without", "with another").getBytes(StandardCharsets.US_ASCII));

        assertTrue(first.channelMessageId().endsWith("@" + MessageIds.DERIVED_DOMAIN + ">"), first.channelMessageId());
        assertEquals(first.eventId(), second.eventId());
        assertNotEquals(first.eventId(), other.eventId());
        assertEquals("true", first.facts().get(EmailFacts.DERIVED_MESSAGE_ID));
    }

    @Test
    void contentLanguageIsUsedOnlyWhenTheTextDoesNotTellTheLanguage() {
        EmailParser undecided = new EmailParser(RULES, text -> "und");

        EmailVerdict verdict = undecided.parse(mail("Content-Language: nl-NL\n"), RECEIVED);
        assertEquals("nl", assertInstanceOf(EmailVerdict.Accepted.class, verdict).contact().language());
        assertEquals("en", accepted(mail("Content-Language: nl-NL\n")).language());
        assertEquals("und", assertInstanceOf(EmailVerdict.Accepted.class, undecided.parse(mail(""), RECEIVED)).contact().language());
    }

    @Test
    void aMissingOrUnreadableDateFallsBackToTheReceiptTime() {
        String mail = "From: i@example.com\nMessage-ID: <i@example.com>\nDate: yesterday-ish\n\nHello?\n";

        assertEquals(RECEIVED, accepted(mail.getBytes(StandardCharsets.US_ASCII)).channelTimestamp());
    }

    @Test
    void automatedMailIsRejectedWithItsReason() throws IOException {
        assertRejected(RejectionReason.AUTO_REPLY, fixture("out-of-office.eml"));
        assertRejected(RejectionReason.AUTO_REPLY, mail("X-Autoreply: yes\n"));
        assertRejected(RejectionReason.AUTO_REPLY, mail("Precedence: auto_reply\n"));
        assertRejected(RejectionReason.BULK, mail("Precedence: bulk\n"));
        assertRejected(RejectionReason.DELIVERY_REPORT, mail("Content-Type: multipart/report; report-type=delivery-status; boundary=b\n"));
        assertRejected(RejectionReason.DELIVERY_REPORT,
                "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\nSubject: Undelivered\n\nUser unknown\n".getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.MAIL_LOOP, "From: support@onevoice.local\n\nHello\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("Hello", accepted(mail("Auto-Submitted: no\n")).body());
    }

    @Test
    void mailWithoutSenderTextOrHeadersIsRejectedWithItsReason() {
        assertRejected(RejectionReason.NOT_AN_EMAIL, "Just some text\nwithout headers\n".getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.NOT_AN_EMAIL, "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.NO_SENDER, "Subject: hi\n\nHello\n".getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.INVALID_SENDER, "From: nobody\n\nHello\n".getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.EMPTY_BODY, "From: j@example.com\nSubject: empty\n\n \n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void attachmentLimitsAreEnforced() {
        StringBuilder many = new StringBuilder("From: k@example.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nSee files\n");
        for (int i = 0; i < RULES.maxAttachments() + 1; i++) {
            many.append("--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=f").append(i).append("\n\nx\n");
        }
        many.append("--b--\n");
        String big = "From: k@example.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nSee file\n--b\n"
                + "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=big.bin\n\n" + "x".repeat(2000) + "\n--b--\n";

        assertRejected(RejectionReason.TOO_MANY_ATTACHMENTS, many.toString().getBytes(StandardCharsets.US_ASCII));
        assertRejected(RejectionReason.ATTACHMENT_TOO_LARGE, big.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void overlongTextIsCutToTheLimitAndMarked() {
        ContactReceived contact = accepted(("From: l@example.com\nMessage-ID: <l@example.com>\n\n" + "word ".repeat(5000))
                .getBytes(StandardCharsets.US_ASCII));

        assertEquals(RULES.maxTextChars(), contact.body().length());
        assertEquals("true", contact.facts().get(EmailFacts.TRUNCATED));
    }

    @Test
    void brokenMimeNeverThrows() {
        String[] broken = {
                "From: m@example.com\nContent-Type: multipart/mixed\n\nno boundary at all\n",
                "From: m@example.com\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=nonsense-9\n\nHi\n",
                "From: m@example.com\nContent-Transfer-Encoding: x-unknown\n\nHello there\n",
                "From: m@example.com\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n",
                "From: m@example.com\nContent-Type: message/rfc822\n\n",
        };
        for (String mail : broken) {
            EmailVerdict verdict = parser.parse(mail.getBytes(StandardCharsets.US_ASCII), RECEIVED);
            assertTrue(verdict instanceof EmailVerdict.Accepted a && !a.contact().body().isBlank()
                    || verdict instanceof EmailVerdict.Rejected, mail);
        }
        assertEquals("Hi", accepted(broken[1].getBytes(StandardCharsets.US_ASCII)).body());
        assertEquals("Hello there", accepted(broken[2].getBytes(StandardCharsets.US_ASCII)).body());
    }

    private static byte[] mail(String extraHeaders) {
        return ("From: n@example.com\nMessage-ID: <n@example.com>\n" + extraHeaders + "\nHello\n").getBytes(StandardCharsets.US_ASCII);
    }

    private ContactReceived accepted(byte[] raw) {
        EmailVerdict verdict = parser.parse(raw, RECEIVED);
        return assertInstanceOf(EmailVerdict.Accepted.class, verdict, () -> verdict.toString()).contact();
    }

    private void assertRejected(RejectionReason expected, byte[] raw) {
        EmailVerdict verdict = parser.parse(raw, RECEIVED);
        assertEquals(expected, assertInstanceOf(EmailVerdict.Rejected.class, verdict, verdict::toString).reason());
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = EmailParserTest.class.getResourceAsStream("/email/" + name)) {
            return in.readAllBytes();
        }
    }
}
