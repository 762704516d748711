package org.onevoice.gateway.email;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.onevoice.gateway.messaging.PublishFailedException;

/**
 * Reads unread mail from an IMAP mailbox (off by default). A mail is marked read only after its
 * event was acknowledged by Kafka, or after it was rejected: when Kafka fails it stays unread and
 * is taken again at the next poll. Reading uses BODY.PEEK, so fetching alone never marks it read.
 */
@ApplicationScoped
public class ImapPoller {
    private static final Logger LOG = Logger.getLogger(ImapPoller.class);
    private static final Duration MAX_WAIT_PER_MAIL = Duration.ofMinutes(1);

    private final Vertx vertx;
    private final EmailConfig.Imap config;
    private final EmailIntake intake;
    private final AtomicBoolean polling = new AtomicBoolean();
    private Session session;
    private long timer = -1;

    ImapPoller(Vertx vertx, EmailConfig email, EmailIntake intake) {
        this.vertx = vertx;
        this.config = email.imap();
        this.intake = intake;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        Properties props = new Properties();
        String protocol = protocol();
        props.setProperty("mail." + protocol + ".peek", "true");
        props.setProperty("mail." + protocol + ".connectiontimeout", "30000");
        props.setProperty("mail." + protocol + ".timeout", "60000");
        session = Session.getInstance(props);
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> pollInBackground());
        LOG.infof("polling %s %s:%d/%s every %s", protocol, config.host(), config.port(), config.folder(), config.pollInterval());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void pollInBackground() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            try {
                pollOnce();
            } catch (MessagingException | IOException e) {
                LOG.warnf("IMAP poll of %s:%d failed, retrying next time: %s", config.host(), config.port(), e.getMessage());
            } finally {
                polling.set(false);
            }
            return null;
        }, false);
    }

    void pollOnce() throws MessagingException, IOException {
        Store store = session.getStore(protocol());
        store.connect(config.host(), config.port(), config.username().orElse(null), config.password().orElse(null));
        try {
            Folder folder = store.getFolder(config.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : Arrays.copyOf(unread, Math.min(unread.length, config.batchSize()))) {
                    if (!take(message)) {
                        return;
                    }
                }
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** @return false when Kafka did not take the mail: the rest waits for the next poll */
    private boolean take(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        try {
            intake.receive(raw.toByteArray()).await().atMost(MAX_WAIT_PER_MAIL);
        } catch (PublishFailedException e) {
            LOG.warnf("IMAP mail left unread, Kafka did not acknowledge: %s", e.getMessage());
            return false;
        }
        message.setFlag(Flags.Flag.SEEN, true);
        return true;
    }

    private String protocol() {
        return config.ssl() ? "imaps" : "imap";
    }
}
