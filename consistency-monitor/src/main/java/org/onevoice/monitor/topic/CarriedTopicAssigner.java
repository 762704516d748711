package org.onevoice.monitor.topic;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Takes the topic the events carry, the most authoritative first; no text analysis. */
@ApplicationScoped
@DefaultBean
public class CarriedTopicAssigner implements TopicAssigner {
    @Override
    public String topicOf(TopicEvidence evidence) {
        return evidence.carriedTopics().stream().findFirst().orElse(UNKNOWN);
    }
}
