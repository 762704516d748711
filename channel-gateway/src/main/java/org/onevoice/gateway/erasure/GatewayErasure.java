package org.onevoice.gateway.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.gateway.db.Sql;

/**
 * Erases what the gateway keeps about an erased person: the state of their calls (caller number,
 * question) and the channel's answers to replies sent to them, which may quote their address. A
 * delivery row itself stays without that reason: it is what keeps a redelivered reply from being
 * sent twice, and holds only ids and outcomes.
 */
@ApplicationScoped
public class GatewayErasure {
    private static final Logger LOG = Logger.getLogger(GatewayErasure.class);

    private final Sql sql;

    GatewayErasure(Sql sql) {
        this.sql = sql;
    }

    /** Applies an erasure once; a redelivered one changes nothing and returns false. */
    @Transactional
    public boolean apply(CustomerErased erasure) {
        if (!firstTime(erasure.eventId())) {
            return false;
        }
        List<String> phones = erasure.identities().stream().filter(i -> i.kind() == IdentityKind.PHONE)
                .map(CustomerErased.ErasedIdentity::value).toList();
        int calls = phones.isEmpty() ? 0 : sql.update("DELETE FROM call_state WHERE caller = ANY (?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", phones.toArray())));
        int deliveries = erasure.ticketIds().isEmpty() ? 0 : sql.update(
                "UPDATE delivery SET reason = NULL WHERE ticket_id = ANY (?) AND reason IS NOT NULL",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", erasure.ticketIds().toArray())));
        LOG.infof("customer %d erased: %d call states deleted, %d delivery outcomes anonymised", erasure.customerId(), calls, deliveries);
        return true;
    }

    private boolean firstTime(String eventId) {
        return sql.update("INSERT INTO processed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING",
                statement -> statement.setString(1, eventId)) == 1;
    }
}
