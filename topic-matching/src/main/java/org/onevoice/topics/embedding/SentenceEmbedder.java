package org.onevoice.topics.embedding;

import java.util.List;

/** Dense sentence embeddings, L2-normalised so a dot product is a cosine. */
public interface SentenceEmbedder {

    int dimension();

    /** One vector per text, in the order given. */
    float[][] embedAll(List<String> texts);
}
