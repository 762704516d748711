package org.onevoice.monitor.topic;

/** Takes the topic the events carry, the most authoritative first; no text analysis. */
public class CarriedTopicAssigner implements TopicAssigner {
    @Override
    public String topicOf(TopicEvidence evidence) {
        return evidence.carriedTopics().stream().findFirst().orElse(UNKNOWN);
    }
}
