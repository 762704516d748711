package org.onevoice.gateway.email;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.gateway.outbound.DeliveryException;
import org.onevoice.gateway.outbound.ReplySender;

/**
 * Sends agent replies as mail through the configured SMTP server, threaded into the customer's
 * conversation (In-Reply-To, References) and carrying the ticket tag in the subject, so the
 * customer's answer finds the ticket again even when their client drops the headers.
 */
@ApplicationScoped
public class EmailReplySender implements ReplySender {
    private static final String TAG_PREFIX = "[OV-";

    private final EmailConfig config;
    private final Session session;
    private final SmtpConnections connections;

    EmailReplySender(EmailConfig config) {
        this.config = config;
        EmailConfig.SmtpOut out = config.smtpOut();
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", out.host());
        props.setProperty("mail.smtp.port", Integer.toString(out.port()));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(out.startTls()));
        props.setProperty("mail.smtp.auth", Boolean.toString(out.username().isPresent()));
        String timeout = Long.toString(out.timeout().toMillis());
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        this.session = Session.getInstance(props);
        this.connections = new SmtpConnections(session, out);
    }

    @PreDestroy
    void closeConnections() {
        connections.close();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(AgentReplied reply) throws DeliveryException {
        if (reply.body() == null || reply.body().isBlank()) {
            throw DeliveryException.permanent("the reply is empty");
        }
        if (reply.recipient() == null || reply.recipient().kind() != IdentityKind.EMAIL) {
            throw DeliveryException.permanent("an email reply needs the customer's email address as recipient");
        }
        InternetAddress from = supportAddress();
        MimeMessage mail = compose(reply, from);
        try {
            connections.send(mail);
            return mail.getMessageID();
        } catch (SendFailedException e) {
            throw refusal(e);
        } catch (AuthenticationFailedException e) {
            throw DeliveryException.permanent("the mail server refused the gateway's credentials");
        } catch (MessagingException e) {
            throw DeliveryException.retryable("mail server " + config.smtpOut().host() + ":" + config.smtpOut().port()
                    + " not reachable: " + e.getMessage(), e);
        }
    }

    private MimeMessage compose(AgentReplied reply, InternetAddress from) throws DeliveryException {
        String messageId = "<reply-" + reply.replyId() + ".ticket-" + reply.ticketId() + "@" + domainOf(from) + ">";
        MimeMessage mail = new FixedIdMessage(session, messageId);
        try {
            mail.setFrom(from);
            mail.setRecipient(MimeMessage.RecipientType.TO, recipient(reply));
            mail.setSubject(subject(reply), StandardCharsets.UTF_8.name());
            mail.setSentDate(Date.from(reply.occurredAt() != null ? reply.occurredAt() : Instant.now()));
            if (reply.inReplyTo() != null && !reply.inReplyTo().isBlank()) {
                String parent = MessageIds.first(reply.inReplyTo());
                mail.setHeader("In-Reply-To", parent);
                mail.setHeader("References", parent);
            }
            mail.setText(reply.body(), StandardCharsets.UTF_8.name());
            mail.saveChanges();
            return mail;
        } catch (MessagingException e) {
            throw DeliveryException.permanent("the reply cannot be written as mail: " + e.getMessage());
        }
    }

    private static InternetAddress recipient(AgentReplied reply) throws DeliveryException {
        try {
            InternetAddress to = new InternetAddress(reply.recipient().value(), true);
            if (reply.recipient().displayName() != null) {
                to.setPersonal(reply.recipient().displayName(), StandardCharsets.UTF_8.name());
            }
            return to;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw DeliveryException.permanent("not a mail address: " + reply.recipient().value());
        }
    }

    /** The ticket tag is what threads an answer back when the customer's client loses the headers. */
    private static String subject(AgentReplied reply) {
        String tag = TAG_PREFIX + reply.ticketId() + "]";
        String subject = reply.subject() == null || reply.subject().isBlank() ? "Re: your message" : reply.subject().strip();
        return subject.toUpperCase(Locale.ROOT).contains(TAG_PREFIX) ? subject : subject + " " + tag;
    }

    private InternetAddress supportAddress() throws DeliveryException {
        for (String address : config.supportAddresses()) {
            if (address.indexOf('@') > 0) {
                try {
                    return new InternetAddress(address.strip(), true);
                } catch (AddressException e) {
                    throw DeliveryException.permanent("gateway.email.support-addresses has an invalid address: " + address);
                }
            }
        }
        throw DeliveryException.permanent("gateway.email.support-addresses names no mailbox to send from");
    }

    private static String domainOf(InternetAddress address) {
        return address.getAddress().substring(address.getAddress().indexOf('@') + 1);
    }

    private static DeliveryException refused(int code, MessagingException e) {
        String reason = "mail server answered " + code + ": " + e.getMessage().strip();
        return code >= 400 && code < 500 ? DeliveryException.retryable(reason, e) : DeliveryException.permanent(reason);
    }

    /** Angus reports a refused recipient as a SendFailedException whose next exception carries the server's code. */
    private static DeliveryException refusal(SendFailedException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPAddressFailedException failed) {
                return refused(failed.getReturnCode(), failed);
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return refused(failed.getReturnCode(), failed);
            }
        }
        Address[] invalid = e.getInvalidAddresses();
        return invalid != null && invalid.length > 0 ? DeliveryException.permanent("mail server refused " + invalid[0])
                : DeliveryException.retryable("mail not sent: " + e.getMessage(), e);
    }

    /**
     * A reply keeps the same Message-ID when it is sent again after a crash, so the customer's mail
     * client shows it once and the DeliveryReport names the id their answer will refer to.
     */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
