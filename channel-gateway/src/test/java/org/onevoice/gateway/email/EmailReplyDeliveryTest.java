package org.onevoice.gateway.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.local.smtp.SmtpSink;

/** Agent replies on tickets.events leave as real SMTP mail, threaded into the customer's conversation. */
@QuarkusTest
class EmailReplyDeliveryTest {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 10 + 5);
    private final SmtpSink sink = SmtpSinkResource.sink();

    @Inject
    SmtpListener listener;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReplyPublishedTwiceIsMailedOnceWithThreadingHeadersAndTicketTag() throws Exception {
        long ticket = IDS.incrementAndGet();
        String customer = EmailTestMails.uniqueCustomer();
        AgentReplied reply = reply(ticket, customer, "Re: Broken charger [OV-" + ticket + "]", "<question-" + ticket + "@example.com>");

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply, reply);

        DeliveryReport report = reportAbout(ticket, reply.replyId());
        assertEquals(DeliveryReport.State.SENT, report.state());
        assertEquals(Channel.EMAIL, report.channel());
        assertNull(report.reason());
        List<SmtpSink.Delivery> received = sink.deliveriesTo(customer);
        assertEquals(1, received.size(), "mailed exactly once");
        assertEquals(EmailTestMails.SUPPORT, received.get(0).from());
        MimeMessage mail = parse(received.get(0).raw());
        assertEquals(report.channelMessageId(), mail.getMessageID());
        assertArrayEquals(new String[] {"<question-" + ticket + "@example.com>"}, mail.getHeader("In-Reply-To"));
        assertArrayEquals(new String[] {"<question-" + ticket + "@example.com>"}, mail.getHeader("References"));
        assertEquals("Re: Broken charger [OV-" + ticket + "]", mail.getSubject());
        assertEquals("support@onevoice.local", mail.getFrom()[0].toString());
        InternetAddress to = (InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertEquals(customer, to.getAddress());
        assertEquals("Anna Jànsen", to.getPersonal());
        assertEquals(reply.body(), ((String) mail.getContent()).strip());
    }

    @Test
    void aCopyOfASentReplyComingBackInIsNotACustomerQuestion() throws Exception {
        long ticket = IDS.incrementAndGet();
        String customer = EmailTestMails.uniqueCustomer();
        AgentReplied reply = reply(ticket, customer, "Re: Invoice", "<invoice-" + ticket + "@example.com>");
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);
        String sentId = reportAbout(ticket, reply.replyId()).channelMessageId();

        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            String answer = smtp.deliver(customer, EmailTestMails.SUPPORT, EmailTestMails.question(customer, sentId, "", reply.body()));
            assertTrue(answer.startsWith("554 5.7.1 Rejected MAIL_LOOP"), answer);
        }
    }

    @Test
    void aReplyWithoutSubjectStillCarriesTheTicketTag() throws Exception {
        long ticket = IDS.incrementAndGet();
        String customer = EmailTestMails.uniqueCustomer();
        AgentReplied reply = reply(ticket, customer, null, null);

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        assertEquals(DeliveryReport.State.SENT, reportAbout(ticket, reply.replyId()).state());
        MimeMessage mail = parse(sink.deliveriesTo(customer).get(0).raw());
        assertTrue(mail.getSubject().endsWith("[OV-" + ticket + "]"), mail.getSubject());
        assertNull(mail.getHeader("In-Reply-To"));
    }

    @Test
    void aMailboxTheServerRefusesIsReportedFailedWithTheServersAnswer() {
        long ticket = IDS.incrementAndGet();
        String customer = "refused-" + EmailTestMails.uniqueCustomer();
        AgentReplied reply = reply(ticket, customer, "Re: hello", "<q@example.com>");

        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);

        DeliveryReport report = reportAbout(ticket, reply.replyId());
        assertEquals(DeliveryReport.State.FAILED, report.state());
        assertTrue(report.reason().startsWith("mail server answered 550"), report.reason());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sink.deliveriesTo(customer).isEmpty());
    }

    @Test
    void repliesOneAfterAnotherGoOutOverOneConnectionToTheMailServer() {
        Mailed first = mailedReply();
        Mailed second = mailedReply();

        assertEquals(first.mail().connection(), second.mail().connection(), "the second reply used the first one's connection");
    }

    @Test
    void aConnectionTheMailServerHungUpOnIsReplacedBeforeTheNextReply() throws SQLException {
        Mailed before = mailedReply();
        sink.dropConnections();

        Mailed after = mailedReply();

        assertNotEquals(before.mail().connection(), after.mail().connection(), "a new connection");
        assertEquals(1, attemptsOf(after.replyId()), "noticed before the reply was handed over, not by a failed attempt");
    }

    private record Mailed(long replyId, SmtpSink.Delivery mail) {
    }

    /** A reply to a customer of its own, once the gateway reported it sent, and the mail the server received. */
    private Mailed mailedReply() {
        long ticket = IDS.incrementAndGet();
        String customer = EmailTestMails.uniqueCustomer();
        AgentReplied reply = reply(ticket, customer, "Re: Order", null);
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), reply);
        assertEquals(DeliveryReport.State.SENT, reportAbout(ticket, reply.replyId()).state());
        List<SmtpSink.Delivery> received = sink.deliveriesTo(customer);
        assertEquals(1, received.size());
        return new Mailed(reply.replyId(), received.get(0));
    }

    /** How many times the gateway handed the reply to the mail server, from its delivery log. */
    private int attemptsOf(long replyId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT attempts FROM delivery WHERE reply_id = ?")) {
            select.setLong(1, replyId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "reply " + replyId + " is in the delivery log");
                return row.getInt(1);
            }
        }
    }

    private static AgentReplied reply(long ticket, String customer, String subject, String inReplyTo) {
        return new AgentReplied("e-" + IDS.incrementAndGet(), ticket, 7, Channel.EMAIL, Instant.now(), IDS.incrementAndGet(),
                Channel.EMAIL, AgentReplied.Origin.ONEVOICE, "Dorit", "Your new charger ships today. " + ticket,
                new CustomerIdentity(IdentityKind.EMAIL, customer, null, "Anna Jànsen"), inReplyTo, subject);
    }

    private static DeliveryReport reportAbout(long ticket, long replyId) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.REPLY_DELIVERIES, Long.toString(ticket),
                r -> report(r).replyId() == replyId);
        return report(records.get(records.size() - 1));
    }

    private static DeliveryReport report(ConsumerRecord<String, String> record) {
        try (var deserializer = new DeliveryReportDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MimeMessage parse(String raw) throws MessagingException, IOException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
