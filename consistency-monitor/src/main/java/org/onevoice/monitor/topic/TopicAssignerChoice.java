package org.onevoice.monitor.topic;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.onevoice.topics.TopicCatalogue;
import org.onevoice.topics.csv.LabelledCsv;

/**
 * Chooses at run time how contacts get their topic: from a knowledge base when
 * {@code monitor.topics.knowledge-base} is set, otherwise only from what the events carry.
 */
@ApplicationScoped
public class TopicAssignerChoice {
    private static final Logger LOG = Logger.getLogger(TopicAssignerChoice.class);

    // @Startup: the catalogue is learnt on the main thread while the service starts, and a bad file fails the start.
    @Produces
    @ApplicationScoped
    @Startup
    TopicAssigner topicAssigner(TopicsConfig config) {
        return config.knowledgeBase().<TopicAssigner>map(TopicAssignerChoice::matching).orElseGet(CarriedTopicAssigner::new);
    }

    private static MatchedTopicAssigner matching(Path knowledgeBase) {
        long started = System.nanoTime();
        TopicCatalogue catalogue;
        try {
            catalogue = TopicCatalogue.learn(LabelledCsv.read(knowledgeBase));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("monitor.topics.knowledge-base " + knowledgeBase
                    + " cannot be used (a readable CSV with the header text,label is needed): " + e, e);
        }
        LOG.infof("Topics: learnt %d topics from %s in %d ms", catalogue.knownTopics().size(), knowledgeBase,
                (System.nanoTime() - started) / 1_000_000);
        return new MatchedTopicAssigner(catalogue);
    }
}
