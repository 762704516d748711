package org.onevoice.monitor.topic;

import java.util.List;
import java.util.Locale;
import org.onevoice.events.v1.Channel;

/**
 * What is known about a contact that could tell its topic.
 *
 * @param channel       where the customer asked
 * @param question      the customer's text (a call's question as noted), may be null
 * @param carriedTopics topics that events about the contact named, most authoritative first: the
 *                      contact's own facts, its ticket, the agents' wrap-up notes
 */
public record TopicEvidence(Channel channel, String question, List<String> carriedTopics) {
    public TopicEvidence {
        carriedTopics = carriedTopics == null ? List.of() : carriedTopics.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
