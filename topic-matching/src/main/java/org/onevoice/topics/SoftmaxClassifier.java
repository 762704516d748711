package org.onevoice.topics;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over the sentence embedding and the TF-IDF terms of a question, trained with
 * plain stochastic gradient descent. Weights are stored feature-major (all class weights of one feature side by
 * side) so that the inner loop over classes is contiguous for dense and sparse inputs alike.
 */
final class SoftmaxClassifier {

    private final int classes;
    private final int denseDimension;
    private final float embeddingScale;
    private final float[] weights;
    private final float[] bias;

    private SoftmaxClassifier(int classes, int denseDimension, int sparseDimension, float embeddingScale) {
        this.classes = classes;
        this.denseDimension = denseDimension;
        this.embeddingScale = embeddingScale;
        this.weights = new float[(denseDimension + sparseDimension) * classes];
        this.bias = new float[classes];
    }

    record Training(int epochs, float learningRate, float embeddingScale, long seed) {
    }

    static SoftmaxClassifier train(List<QuestionFeatures> examples, int[] labels, int classes, int denseDimension,
            int sparseDimension, Training training) {
        SoftmaxClassifier model = new SoftmaxClassifier(classes, denseDimension, sparseDimension, training.embeddingScale());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(training.seed());
        float[] gradient = new float[classes];
        for (int epoch = 0; epoch < training.epochs(); epoch++) {
            shuffle(order, random);
            for (int step = 0; step < order.length; step++) {
                // linear decay to zero over all steps: large early moves, a settled model at the end
                float progress = (epoch * (float) order.length + step) / (training.epochs() * (float) order.length);
                float rate = training.learningRate() * (1 - progress);
                int example = order[step];
                model.probabilitiesInto(examples.get(example), gradient);
                gradient[labels[example]] -= 1;
                model.descend(examples.get(example), gradient, rate);
            }
        }
        return model;
    }

    int classes() {
        return classes;
    }

    float[] probabilities(QuestionFeatures question) {
        float[] scores = new float[classes];
        probabilitiesInto(question, scores);
        return scores;
    }

    private void probabilitiesInto(QuestionFeatures question, float[] scores) {
        System.arraycopy(bias, 0, scores, 0, classes);
        if (question.hasEmbedding()) {
            float[] embedding = question.embedding();
            for (int j = 0; j < denseDimension; j++) {
                accumulate(scores, j, embedding[j] * embeddingScale);
            }
        }
        int[] indices = question.text().indices();
        float[] values = question.text().values();
        for (int k = 0; k < indices.length; k++) {
            accumulate(scores, denseDimension + indices[k], values[k]);
        }
        softmaxInPlace(scores);
    }

    private void accumulate(float[] scores, int feature, float value) {
        int offset = feature * classes;
        for (int c = 0; c < classes; c++) {
            scores[c] += weights[offset + c] * value;
        }
    }

    private void descend(QuestionFeatures question, float[] gradient, float rate) {
        for (int c = 0; c < classes; c++) {
            bias[c] -= rate * gradient[c];
        }
        if (question.hasEmbedding()) {
            float[] embedding = question.embedding();
            for (int j = 0; j < denseDimension; j++) {
                step(j, -rate * embedding[j] * embeddingScale, gradient);
            }
        }
        int[] indices = question.text().indices();
        float[] values = question.text().values();
        for (int k = 0; k < indices.length; k++) {
            step(denseDimension + indices[k], -rate * values[k], gradient);
        }
    }

    private void step(int feature, float scaledValue, float[] gradient) {
        int offset = feature * classes;
        for (int c = 0; c < classes; c++) {
            weights[offset + c] += scaledValue * gradient[c];
        }
    }

    private static void softmaxInPlace(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        float sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = (float) Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
