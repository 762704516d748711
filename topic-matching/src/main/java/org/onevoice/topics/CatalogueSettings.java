package org.onevoice.topics;

/**
 * Knobs of the matcher. The defaults were chosen on a development split of the BANKING77 training rows (never on
 * the held-out test rows).
 *
 * @param embeddingWeight    share of the embedding cosine in the example similarity (the rest is TF-IDF cosine)
 * @param classifierEpochs   passes of stochastic gradient descent over the knowledge base
 * @param learningRate       initial SGD step, decayed linearly to zero
 * @param embeddingScale     input scale of the embedding relative to the unit-length TF-IDF vector
 * @param candidateTopics    topics (best by classifier) whose examples are searched for nearest neighbours
 * @param neighbourWeight    weight of the nearest-example similarity added to the classifier probability
 * @param noveltyQuantile    share of knowledge-base questions that would wrongly open a new cluster; sets the
 *                           similarity below which a question is taken as unseen
 * @param fastPathPrecision  precision the text-only fast path must reach in cross-validation; above 1 turns it off
 * @param seed               makes training and calibration reproducible
 */
public record CatalogueSettings(float embeddingWeight, int classifierEpochs,
        float learningRate, float embeddingScale, int candidateTopics, float neighbourWeight, double noveltyQuantile,
        double fastPathPrecision, long seed) {

    public static CatalogueSettings defaults() {
        return new CatalogueSettings(0.7f, 10, 0.5f, 1.5f, 3, 1.0f, 0.005, 0.99, 42);
    }

    public CatalogueSettings {
        if (classifierEpochs < 1 || candidateTopics < 1) {
            throw new IllegalArgumentException("epochs and candidate topics must be positive");
        }
        if (!(noveltyQuantile >= 0 && noveltyQuantile < 1)) {
            throw new IllegalArgumentException("novelty quantile must be in [0, 1)");
        }
    }
}
