package org.onevoice.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clusters of questions the knowledge base did not know, grown in arrival order. */
final class EmergingTopics {

    private record Cluster(String id, List<QuestionFeatures> members) {
    }

    private final List<Cluster> clusters = new ArrayList<>();
    private final float embeddingWeight;

    EmergingTopics(float embeddingWeight) {
        this.embeddingWeight = embeddingWeight;
    }

    /** Joins the most similar emerging cluster if it is close enough, otherwise opens a new one. */
    synchronized TopicAssignment place(QuestionFeatures question, float threshold) {
        Cluster best = null;
        float bestSimilarity = Float.NEGATIVE_INFINITY;
        for (Cluster cluster : clusters) {
            for (QuestionFeatures member : cluster.members()) {
                float similarity = question.similarity(member, embeddingWeight);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = cluster;
                }
            }
        }
        if (best != null && bestSimilarity >= threshold) {
            best.members().add(question);
            return new TopicAssignment(best.id(), bestSimilarity, true);
        }
        Cluster opened = new Cluster("new-" + (clusters.size() + 1), new ArrayList<>());
        opened.members().add(question);
        clusters.add(opened);
        return new TopicAssignment(opened.id(), 1.0, true);
    }

    synchronized Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Cluster cluster : clusters) {
            sizes.put(cluster.id(), cluster.members().size());
        }
        return sizes;
    }
}
