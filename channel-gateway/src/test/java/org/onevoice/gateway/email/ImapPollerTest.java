package org.onevoice.gateway.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.KafkaTopics;

/** Mail waiting in an IMAP mailbox (GreenMail, spoken to over real IMAP) becomes a contact and is marked read. */
@QuarkusTest
@TestProfile(ImapPollerTest.WithMailbox.class)
class ImapPollerTest {
    private static final String USER = "support";
    private static final String PASSWORD = "imap-test-password";

    public static class WithMailbox implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Mailbox.class));
        }
    }

    public static class Mailbox implements QuarkusTestResourceLifecycleManager {
        static GreenMail server;
        static GreenMailUser support;

        @Override
        public Map<String, String> start() {
            server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
            server.start();
            support = server.setUser(EmailTestMails.SUPPORT, USER, PASSWORD);
            return Map.of("gateway.email.imap.enabled", "true",
                    "gateway.email.imap.host", "127.0.0.1",
                    "gateway.email.imap.port", Integer.toString(server.getImap().getPort()),
                    "gateway.email.imap.ssl", "false",
                    "gateway.email.imap.username", USER,
                    "gateway.email.imap.password", PASSWORD,
                    "gateway.email.imap.poll-interval", "300ms");
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Test
    void unreadMailIsPublishedOnceAndMarkedReadAndAnAutoReplyIsOnlyMarkedRead() throws Exception {
        String customer = EmailTestMails.uniqueCustomer();
        String questionId = EmailTestMails.uniqueMessageId();
        String eventId = EventIds.forChannelMessage(Channel.EMAIL, questionId, ContactReceived.TYPE);
        Mailbox.support.deliver(mime(EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(),
                "Auto-Submitted: auto-replied\r\n", "Out of office")));
        Mailbox.support.deliver(mime(EmailTestMails.question(customer, questionId, "", "Where can I find my invoices?")));

        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                EmailTestMails.partitionKey(customer), r -> eventId.equals(KafkaTopics.header(r, "ce_id")));
        assertEquals(List.of(eventId), records.stream().map(r -> KafkaTopics.header(r, "ce_id")).toList());
        assertEquals("Where can I find my invoices?", ((ContactReceived) SmtpListenerTest.contact(records.get(0))).body());
        await().atMost(Duration.ofSeconds(10)).until(() -> unreadInMailbox() == 0);
    }

    private static int unreadInMailbox() throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", Mailbox.server.getImap().getPort(), USER, PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int unread = inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            inbox.close(false);
            return unread;
        } finally {
            store.close();
        }
    }

    private static MimeMessage mime(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
