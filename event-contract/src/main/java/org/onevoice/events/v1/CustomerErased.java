package org.onevoice.events.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An administrator erased a customer's personal data in the ticket service (GDPR art. 17),
 * published on {@link Topics#CUSTOMER_EVENTS}. Every service that keeps personal data erases or
 * anonymises what it holds about these identities and tickets; aggregates (counts, times) stay.
 * The event carries identifiers only, never names or texts: it is itself kept on Kafka until
 * retention expires.
 *
 * @param customerId  the customer the administrator erased
 * @param customerIds that customer and every customer merged with it: one person
 * @param identities  every identity of the person, so services keyed by channel address find their rows
 * @param ticketIds   the person's tickets, which stay (anonymised) for statistics
 * @param erasedAt    when the ticket service erased its data
 */
public record CustomerErased(
        String eventId,
        long customerId,
        List<Long> customerIds,
        List<ErasedIdentity> identities,
        List<Long> ticketIds,
        Instant erasedAt) {

    public static final String TYPE = "CustomerErased";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.customer.erased.v1";

    public CustomerErased {
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        identities = identities == null ? List.of() : List.copyOf(identities);
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
    }

    /**
     * One way the person was reachable, in the form contacts carry it ({@link CustomerIdentity#value()}).
     *
     * @param kind  what {@code value} is
     * @param value normalised: X user id, lower-case email address, E.164 phone number
     */
    public record ErasedIdentity(IdentityKind kind, String value) {
        public ErasedIdentity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        /** The channel this identity reaches the person on. */
        @JsonIgnore
        public Channel channel() {
            return switch (kind) {
                case X_USER -> Channel.X;
                case EMAIL -> Channel.EMAIL;
                case PHONE -> Channel.CALL_CENTRE;
            };
        }
    }

    /** Names the payload's type, so a record read from a dead-letter topic is still self-describing. */
    @JsonProperty("eventType")
    public String eventType() {
        return TYPE;
    }

    /** Kafka key: one customer's erasures stay in order. */
    @JsonIgnore
    public String partitionKey() {
        return Long.toString(customerId);
    }
}
