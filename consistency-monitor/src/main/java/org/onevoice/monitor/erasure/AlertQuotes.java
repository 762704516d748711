package org.onevoice.monitor.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.onevoice.events.serde.EventJson;

/**
 * Alerts quote the answers they are about (an answer divergence shows both sides' words). The
 * quotes of erased answers lose their words and keep their ids, channel and time, so the alert
 * still says which answers disagreed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AlertQuotes {
    private static final List<String> WORDS = List.of("body", "stated");

    private final EntityManager em;

    AlertQuotes(EntityManager em) {
        this.em = em;
    }

    /** Returns how many alerts changed. */
    public int forget(Set<String> answerIds) {
        if (answerIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> quoting = em.createNativeQuery("SELECT id, details FROM alert WHERE details LIKE '%\"eventId\"%'").getResultList();
        int changed = 0;
        for (Object[] alert : quoting) {
            JsonNode details = parse((String) alert[1]);
            if (strip(details, answerIds)) {
                em.createNativeQuery("UPDATE alert SET details = ?1, version = version + 1 WHERE id = ?2")
                        .setParameter(1, details.toString())
                        .setParameter(2, ((Number) alert[0]).longValue())
                        .executeUpdate();
                changed++;
            }
        }
        return changed;
    }

    private static boolean strip(JsonNode node, Set<String> answerIds) {
        boolean stripped = false;
        if (node instanceof ObjectNode object && object.hasNonNull("eventId") && answerIds.contains(object.get("eventId").asText())) {
            for (String field : WORDS) {
                if (object.hasNonNull(field)) {
                    object.putNull(field);
                    stripped = true;
                }
            }
        }
        for (JsonNode child : node) {
            stripped |= strip(child, answerIds);
        }
        return stripped;
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert details are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
