package org.onevoice.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.onevoice.topics.text.QuestionLanguage;

/**
 * Settles the easy English questions from their text alone, so the sentence model (nine tenths of the cost of a
 * question) runs only for the rest. A question takes the fast path when a text-only classifier is at least as
 * confident as the level at which, in two-fold cross-validation on the knowledge base, it was right with the
 * configured precision, and when a known example is textually close enough that the question is surely not new.
 */
record FastPath(KnownTopics textOnly, float minimumConfidence, float minimumSimilarity) {

    static FastPath train(List<QuestionFeatures> knowledgeBase, int[] topics, int topicCount, int vocabularySize,
            CatalogueSettings settings) {
        List<QuestionFeatures> text = knowledgeBase.stream().map(QuestionFeatures::withoutEmbedding).toList();
        KnownTopics textOnly = KnownTopics.train(text, topics, topicCount, 0, vocabularySize, settings);
        float minimumSimilarity = NoveltyThresholds.calibrate(textOnly, text, settings).of(QuestionLanguage.ENGLISH);
        float minimumConfidence = confidenceForPrecision(crossValidated(text, topics, topicCount, vocabularySize,
                settings), settings.fastPathPrecision());
        return new FastPath(textOnly, minimumConfidence, minimumSimilarity);
    }

    /** The known topic, if the question's text settles it; empty means the full matcher must look. */
    Optional<KnownTopics.Match> settle(QuestionFeatures question) {
        if (question.language() != QuestionLanguage.ENGLISH) {
            return Optional.empty();
        }
        KnownTopics.Match match = textOnly.match(question.withoutEmbedding());
        boolean settled = match.confidence() >= minimumConfidence && match.nearestSimilarity() >= minimumSimilarity;
        return settled ? Optional.of(match) : Optional.empty();
    }

    record Outcome(float confidence, boolean correct) {
    }

    private static List<Outcome> crossValidated(List<QuestionFeatures> text, int[] topics, int topicCount,
            int vocabularySize, CatalogueSettings settings) {
        int[] fold = new int[text.size()];
        Random random = new Random(settings.seed());
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(2);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int held = 0; held < 2; held++) {
            List<QuestionFeatures> trainPart = new ArrayList<>();
            List<Integer> trainTopics = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != held) {
                    trainPart.add(text.get(i));
                    trainTopics.add(topics[i]);
                }
            }
            KnownTopics model = KnownTopics.train(trainPart, trainTopics.stream().mapToInt(Integer::intValue).toArray(),
                    topicCount, 0, vocabularySize, settings);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == held && text.get(i).language() == QuestionLanguage.ENGLISH) {
                    KnownTopics.Match match = model.match(text.get(i));
                    outcomes.add(new Outcome(match.confidence(), match.topic() == topics[i]));
                }
            }
        }
        return outcomes;
    }

    /** Lowest confidence above which the cross-validated answers were right at least {@code precision} of the time. */
    static float confidenceForPrecision(List<Outcome> outcomes, double precision) {
        Outcome[] sorted = outcomes.toArray(Outcome[]::new);
        Arrays.sort(sorted, (a, b) -> Float.compare(b.confidence(), a.confidence()));
        float threshold = Float.POSITIVE_INFINITY;
        int correct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (sorted[k].correct()) {
                correct++;
            }
            if (correct >= precision * (k + 1)) {
                threshold = sorted[k].confidence();
            }
        }
        return threshold;
    }
}
