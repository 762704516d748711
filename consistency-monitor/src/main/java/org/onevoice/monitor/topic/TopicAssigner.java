package org.onevoice.monitor.topic;

/**
 * Decides which topic a contact is about. The monitor compares channels per topic, so every
 * contact gets one, {@link #UNKNOWN} when nothing tells. A topic-matching library can replace the
 * default by providing another bean of this type.
 */
public interface TopicAssigner {
    String UNKNOWN = "unknown";

    /** The topic of a contact; never null. */
    String topicOf(TopicEvidence evidence);
}
