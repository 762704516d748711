package org.onevoice.topics;

/**
 * Knobs of the matcher. The defaults were chosen on a development split of the BANKING77 training rows (never on
 * the held-out test rows).
 *
 * @param threads            cores the sentence model may use
 * @param embeddingBatchSize questions per sentence-model call
 * @param embeddingWeight    share of the embedding cosine in the example similarity (the rest is TF-IDF cosine)
 * @param classifierEpochs   passes of stochastic gradient descent over the knowledge base
 * @param learningRate       initial SGD step, decayed linearly to zero
 * @param embeddingScale     input scale of the embedding relative to the unit-length TF-IDF vector
 * @param candidateTopics    topics (best by classifier) whose examples are searched for nearest neighbours
 * @param neighbourWeight    weight of the nearest-example similarity added to the classifier probability
 * @param noveltyQuantile    share of knowledge-base questions that would wrongly open a new cluster; sets the
 *                           similarity below which a question is taken as unseen
 * @param seed               makes training and calibration reproducible
 */
public record CatalogueSettings(int threads, int embeddingBatchSize, float embeddingWeight, int classifierEpochs,
        float learningRate, float embeddingScale, int candidateTopics, float neighbourWeight, double noveltyQuantile,
        long seed) {

    public static CatalogueSettings defaults() {
        return new CatalogueSettings(2, 64, 0.7f, 10, 0.5f, 1.0f, 3, 0.5f, 0.01, 42);
    }

    public CatalogueSettings {
        if (threads < 1 || embeddingBatchSize < 1 || classifierEpochs < 1 || candidateTopics < 1) {
            throw new IllegalArgumentException("threads, batch size, epochs and candidate topics must be positive");
        }
        if (!(noveltyQuantile >= 0 && noveltyQuantile < 1)) {
            throw new IllegalArgumentException("novelty quantile must be in [0, 1)");
        }
    }

    public CatalogueSettings withThreads(int newThreads) {
        return new CatalogueSettings(newThreads, embeddingBatchSize, embeddingWeight, classifierEpochs, learningRate,
                embeddingScale, candidateTopics, neighbourWeight, noveltyQuantile, seed);
    }
}
