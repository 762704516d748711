package org.onevoice.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onevoice.topics.text.QuestionLanguage;

/**
 * How close a question must be to a known example to count as a known topic. Each knowledge-base question is
 * matched with itself left out, as if it were new; the threshold is the similarity that only the given share of
 * them falls below. Kept per language because Dutch similarity comes from TF-IDF alone and runs lower.
 */
final class NoveltyThresholds {

    /** Enough to place a low quantile well; calibration of a large knowledge base stays a second or two. */
    private static final int SAMPLE_PER_LANGUAGE = 1500;

    private final Map<QuestionLanguage, Float> thresholds;

    private NoveltyThresholds(Map<QuestionLanguage, Float> thresholds) {
        this.thresholds = thresholds;
    }

    static NoveltyThresholds calibrate(KnownTopics known, List<QuestionFeatures> knowledgeBase, CatalogueSettings settings) {
        Map<QuestionLanguage, List<QuestionFeatures>> byLanguage = new EnumMap<>(QuestionLanguage.class);
        for (QuestionFeatures question : knowledgeBase) {
            byLanguage.computeIfAbsent(question.language(), k -> new ArrayList<>()).add(question);
        }
        Map<QuestionLanguage, Float> thresholds = new EnumMap<>(QuestionLanguage.class);
        Random random = new Random(settings.seed());
        for (Map.Entry<QuestionLanguage, List<QuestionFeatures>> entry : byLanguage.entrySet()) {
            List<QuestionFeatures> sample = new ArrayList<>(entry.getValue());
            Collections.shuffle(sample, random);
            sample = sample.subList(0, Math.min(SAMPLE_PER_LANGUAGE, sample.size()));
            float[] nearest = new float[sample.size()];
            for (int i = 0; i < nearest.length; i++) {
                nearest[i] = known.match(sample.get(i), sample.get(i)).nearestSimilarity();
            }
            Arrays.sort(nearest);
            int position = (int) Math.floor(settings.noveltyQuantile() * nearest.length);
            thresholds.put(entry.getKey(), nearest[Math.min(position, nearest.length - 1)]);
        }
        return new NoveltyThresholds(thresholds);
    }

    /**
     * A language with no example in the knowledge base has nothing to compare with; the lowest known threshold
     * then keeps its questions from all opening clusters of one.
     */
    float of(QuestionLanguage language) {
        Float threshold = thresholds.get(language);
        return threshold != null ? threshold : thresholds.values().stream().min(Float::compare).orElse(0f);
    }

    Map<QuestionLanguage, Float> asMap() {
        return Map.copyOf(thresholds);
    }
}
