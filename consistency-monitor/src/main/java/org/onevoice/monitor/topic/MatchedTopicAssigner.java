package org.onevoice.monitor.topic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onevoice.topics.TopicCatalogue;

/**
 * A carried topic first (an agent's wrap-up is authoritative), otherwise the catalogue's topic for the
 * question: a known one or an emerging {@code new-N} cluster.
 */
public class MatchedTopicAssigner implements TopicAssigner {
    private static final int REMEMBERED_QUESTIONS = 10_000;

    private final TopicCatalogue catalogue;
    // A contact is derived again on every later fact about it: matching its question once keeps its topic
    // stable and stops it from joining an emerging cluster twice.
    private final Map<String, String> topicOfQuestion = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED_QUESTIONS;
                }
            });

    public MatchedTopicAssigner(TopicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String topicOf(TopicEvidence evidence) {
        if (!evidence.carriedTopics().isEmpty()) {
            return evidence.carriedTopics().get(0);
        }
        String question = evidence.question();
        if (question == null || question.isBlank()) {
            return UNKNOWN;
        }
        // Matching one question takes milliseconds, small next to the intake transaction's own SQL round trips.
        return topicOfQuestion.computeIfAbsent(question.strip(), q -> catalogue.assign(q).topic());
    }
}
