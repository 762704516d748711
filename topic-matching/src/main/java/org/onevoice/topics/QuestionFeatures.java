package org.onevoice.topics;

import org.onevoice.topics.text.QuestionLanguage;
import org.onevoice.topics.text.SparseVector;

/**
 * What the matcher knows about one question. The English sentence model says nothing useful about Dutch, so a
 * Dutch question has no embedding and is compared by its text features alone.
 */
record QuestionFeatures(QuestionLanguage language, float[] embedding, SparseVector text) {

    boolean hasEmbedding() {
        return embedding != null;
    }

    /**
     * Cosine blend: the sentence embedding where both sides have one, otherwise the TF-IDF cosine alone.
     * Scores of the two cases live on different scales, which is why novelty thresholds are kept per language.
     */
    float similarity(QuestionFeatures other, float embeddingWeight) {
        float textCosine = text.dot(other.text);
        if (!hasEmbedding() || !other.hasEmbedding()) {
            return textCosine;
        }
        return embeddingWeight * dot(embedding, other.embedding) + (1 - embeddingWeight) * textCosine;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
