package org.onevoice.monitor.topic;

/**
 * Decides which topic a contact is about. The monitor compares channels per topic, so every
 * contact gets one, {@link #UNKNOWN} when nothing tells. {@link TopicAssignerChoice} picks the
 * implementation from the configuration.
 */
public interface TopicAssigner {
    String UNKNOWN = "unknown";

    /** The topic of a contact; never null. */
    String topicOf(TopicEvidence evidence);
}
