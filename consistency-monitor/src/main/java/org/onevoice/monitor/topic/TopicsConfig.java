package org.onevoice.monitor.topic;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** How contacts get their topic (MONITOR_TOPICS_KNOWLEDGE_BASE). */
@ConfigMapping(prefix = "monitor.topics")
public interface TopicsConfig {
    /**
     * A CSV file with the header {@code text,label}: example questions per topic. When set, questions
     * without a carried topic are matched against it; unset, only carried topics count and the sentence
     * model is never loaded.
     */
    Optional<Path> knowledgeBase();
}
