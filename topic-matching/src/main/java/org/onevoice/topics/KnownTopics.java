package org.onevoice.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The knowledge base after training: a classifier that ranks topics, and the labelled examples that confirm the
 * ranking by nearest-neighbour similarity. Immutable, so any number of threads may match at once.
 */
final class KnownTopics {

    record Match(int topic, float confidence, float nearestSimilarity) {
    }

    private final SoftmaxClassifier classifier;
    private final List<List<QuestionFeatures>> examplesByTopic;
    private final CatalogueSettings settings;
    private final ThreadLocal<float[]> scatteredText;

    private KnownTopics(SoftmaxClassifier classifier, List<List<QuestionFeatures>> examplesByTopic,
            CatalogueSettings settings, int vocabularySize) {
        this.classifier = classifier;
        this.examplesByTopic = examplesByTopic;
        this.settings = settings;
        this.scatteredText = ThreadLocal.withInitial(() -> new float[vocabularySize]);
    }

    static KnownTopics train(List<QuestionFeatures> examples, int[] topics, int topicCount, int denseDimension,
            int sparseDimension, CatalogueSettings settings) {
        SoftmaxClassifier classifier = SoftmaxClassifier.train(examples, topics, topicCount, denseDimension,
                sparseDimension, new SoftmaxClassifier.Training(settings.classifierEpochs(), settings.learningRate(),
                        settings.embeddingScale(), settings.seed()));
        List<List<QuestionFeatures>> byTopic = new ArrayList<>(topicCount);
        for (int t = 0; t < topicCount; t++) {
            byTopic.add(new ArrayList<>());
        }
        for (int i = 0; i < examples.size(); i++) {
            byTopic.get(topics[i]).add(examples.get(i));
        }
        return new KnownTopics(classifier, byTopic, settings, sparseDimension);
    }

    Match match(QuestionFeatures question) {
        return match(question, null);
    }

    /** @param itself an example to leave out, so that calibration sees a knowledge-base question as unseen */
    Match match(QuestionFeatures question, QuestionFeatures itself) {
        float[] probabilities = classifier.probabilities(question);
        int[] candidates = best(probabilities, Math.min(settings.candidateTopics(), probabilities.length));
        float[] scattered = scatteredText.get();
        question.text().scatterInto(scattered);
        try {
            return bestCandidate(question, itself, probabilities, candidates, scattered);
        } finally {
            question.text().clearFrom(scattered);
        }
    }

    private Match bestCandidate(QuestionFeatures question, QuestionFeatures itself, float[] probabilities,
            int[] candidates, float[] scattered) {
        int chosen = -1;
        float chosenScore = Float.NEGATIVE_INFINITY;
        float nearestOverall = Float.NEGATIVE_INFINITY;
        for (int topic : candidates) {
            float nearest = nearest(question, examplesByTopic.get(topic), itself, scattered);
            nearestOverall = Math.max(nearestOverall, nearest);
            float score = probabilities[topic] + settings.neighbourWeight() * Math.max(nearest, 0);
            if (score > chosenScore) {
                chosenScore = score;
                chosen = topic;
            }
        }
        return new Match(chosen, chosenScore / (1 + settings.neighbourWeight()), nearestOverall);
    }

    private float nearest(QuestionFeatures question, List<QuestionFeatures> examples, QuestionFeatures itself,
            float[] scattered) {
        float nearest = Float.NEGATIVE_INFINITY;
        for (QuestionFeatures example : examples) {
            if (example != itself) {
                nearest = Math.max(nearest, question.similarity(example, settings.embeddingWeight(), scattered));
            }
        }
        return nearest;
    }

    private static int[] best(float[] scores, int count) {
        int[] top = new int[count];
        Arrays.fill(top, -1);
        for (int c = 0; c < scores.length; c++) {
            for (int slot = 0; slot < count; slot++) {
                if (top[slot] < 0 || scores[c] > scores[top[slot]]) {
                    System.arraycopy(top, slot, top, slot + 1, count - slot - 1);
                    top[slot] = c;
                    break;
                }
            }
        }
        return top;
    }
}
