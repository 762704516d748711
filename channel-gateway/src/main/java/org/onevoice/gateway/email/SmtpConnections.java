package org.onevoice.gateway.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Connections to the outgoing mail server, kept open between replies. A connection per reply cost
 * a TCP connect, the greeting, EHLO and, against a real relay, STARTTLS and AUTH before every mail:
 * a quarter of a reply's delivery in the gateway's profile on this machine, and several round trips
 * more to a relay across a network (docs/performance.md, thirteenth session).
 *
 * <p>Each connection carries one mail at a time: taken from the idle ones, or opened, and given back
 * only after a mail went through. One that failed is closed, so an error never leaves a half-done
 * SMTP transaction on a connection the next reply would use. An idle one is used again only while it
 * is younger than the keep-alive and the server still answers NOOP.
 */
final class SmtpConnections implements AutoCloseable {
    private record Idle(Transport transport, long sinceNanos) {
    }

    private final Session session;
    private final EmailConfig.SmtpOut out;
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(Session session, EmailConfig.SmtpOut out) {
        this.session = session;
        this.out = out;
    }

    /** Sends {@code mail}, whose headers are final ({@link MimeMessage#saveChanges()}), to its recipients. */
    void send(MimeMessage mail) throws MessagingException {
        Transport transport = take();
        boolean sent = false;
        try {
            transport.sendMessage(mail, mail.getAllRecipients());
            sent = true;
        } finally {
            if (sent && out.keepAlive().compareTo(Duration.ZERO) > 0) {
                idle.offerFirst(new Idle(transport, System.nanoTime()));
            } else {
                closeQuietly(transport);
            }
        }
    }

    /** Says QUIT on every idle connection. */
    @Override
    public void close() {
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            closeQuietly(i.transport());
        }
    }

    private Transport take() throws MessagingException {
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            // isConnected() asks the server (NOOP): a relay may hang up on an idle client at any time.
            if (System.nanoTime() - i.sinceNanos() < out.keepAlive().toNanos() && i.transport().isConnected()) {
                return i.transport();
            }
            closeQuietly(i.transport());
        }
        Transport transport = session.getTransport("smtp");
        if (out.username().isPresent()) {
            transport.connect(out.username().get(), out.password().orElse(null));
        } else {
            transport.connect();
        }
        return transport;
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The server went away first: nothing is left to close.
        }
    }
}
