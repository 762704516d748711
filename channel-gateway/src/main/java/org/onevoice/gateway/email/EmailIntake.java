package org.onevoice.gateway.email;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.Channel;
import org.onevoice.gateway.intake.ChannelMetrics;
import org.onevoice.gateway.intake.ContactPublisher;
import org.onevoice.gateway.language.LanguageDetector;
import org.onevoice.gateway.outbound.DeliveryLog;

/**
 * The one way a raw mail enters OneVoice, whatever brought it (SMTP, HTTP, a mailbox): parsed off
 * the event loop, published, and reported as accepted only after Kafka acknowledged the event.
 */
@ApplicationScoped
public class EmailIntake {
    private static final Logger LOG = Logger.getLogger(EmailIntake.class);

    private final EmailParser parser;
    private final ContactPublisher publisher;
    private final DeliveryLog deliveries;
    private final ChannelMetrics metrics;
    private final Clock clock;

    EmailIntake(EmailConfig config, ContactPublisher publisher, DeliveryLog deliveries, ChannelMetrics metrics) {
        this.parser = new EmailParser(config.rules(), LanguageDetector::detect);
        this.publisher = publisher;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
    }

    /** Fails with {@link org.onevoice.gateway.messaging.PublishFailedException} when Kafka did not take the event. */
    public Uni<EmailVerdict> receive(byte[] raw) {
        return Uni.createFrom().item(() -> notAnEcho(parser.parse(raw, clock.instant())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(this::publishAccepted);
    }

    /** A copy of a reply the gateway itself sent (e.g. Bcc to a support address) is no customer question. */
    private EmailVerdict notAnEcho(EmailVerdict verdict) {
        if (verdict instanceof EmailVerdict.Accepted accepted
                && deliveries.sentByOneVoice(Channel.EMAIL, accepted.contact().channelMessageId())) {
            return EmailVerdict.rejected(RejectionReason.MAIL_LOOP, "it is a reply OneVoice sent");
        }
        return verdict;
    }

    private Uni<EmailVerdict> publishAccepted(EmailVerdict verdict) {
        if (verdict instanceof EmailVerdict.Accepted accepted) {
            // A customer's Message-ID may carry their address: not at INFO.
            return publisher.publish(accepted.contact()).replaceWith(verdict).invoke(() ->
                    LOG.debugf("mail %s published as event %s", accepted.contact().channelMessageId(), accepted.contact().eventId()));
        }
        EmailVerdict.Rejected rejected = (EmailVerdict.Rejected) verdict;
        LOG.infof("mail rejected: %s", rejected.explanation());
        if (rejected.reason().limit()) {
            metrics.rejected(Channel.EMAIL, rejected.reason().name().toLowerCase(Locale.ROOT));
        } else {
            metrics.ignored(Channel.EMAIL, rejected.reason().name());
        }
        return Uni.createFrom().item(verdict);
    }
}
