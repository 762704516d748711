package org.onevoice.topics;

import org.onevoice.topics.text.QuestionLanguage;
import org.onevoice.topics.text.SparseVector;

/**
 * What the matcher knows about one question. The English sentence model says nothing useful about Dutch, so a
 * Dutch question has no embedding and is compared by its text features alone.
 */
record QuestionFeatures(QuestionLanguage language, float[] embedding, SparseVector text) {

    QuestionFeatures withEmbedding(float[] vector) {
        return new QuestionFeatures(language, vector, text);
    }

    QuestionFeatures withoutEmbedding() {
        return embedding == null ? this : new QuestionFeatures(language, null, text);
    }

    boolean hasEmbedding() {
        return embedding != null;
    }

    /**
     * Cosine blend: the sentence embedding where both sides have one, otherwise the TF-IDF cosine alone.
     * Scores of the two cases live on different scales, which is why novelty thresholds are kept per language.
     */
    float similarity(QuestionFeatures other, float embeddingWeight) {
        return blend(other, text.dot(other.text), embeddingWeight);
    }

    /** The same, faster when comparing with many: {@code scatteredText} holds this question's text vector. */
    float similarity(QuestionFeatures other, float embeddingWeight, float[] scatteredText) {
        return blend(other, other.text.dotScattered(scatteredText), embeddingWeight);
    }

    private float blend(QuestionFeatures other, float textCosine, float embeddingWeight) {
        if (!hasEmbedding() || !other.hasEmbedding()) {
            return textCosine;
        }
        return embeddingWeight * dot(embedding, other.embedding) + (1 - embeddingWeight) * textCosine;
    }

    /** Four running sums: the JIT does not reorder a float reduction by itself. */
    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
