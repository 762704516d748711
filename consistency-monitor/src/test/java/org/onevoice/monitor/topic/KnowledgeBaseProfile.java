package org.onevoice.monitor.topic;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** The monitor with a knowledge base: its own application start, so the other tests never load the model. */
public class KnowledgeBaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path file = Path.of(KnowledgeBaseProfile.class.getResource("/topics/knowledge-base.csv").toURI());
            return Map.of("monitor.topics.knowledge-base", file.toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
