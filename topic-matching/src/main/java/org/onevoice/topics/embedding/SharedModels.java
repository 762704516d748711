package org.onevoice.topics.embedding;

/** Loads the sentence model once per JVM: it takes a second and 100 MB, and every catalogue can share it. */
public final class SharedModels {

    /** Measured on BANKING77 questions: larger batches pad more, smaller ones pay more per call. */
    public static final int BATCH_SIZE = 16;

    private SharedModels() {
    }

    private static final class BgeSmall {
        static final BgeSmallEmbedder INSTANCE = BgeSmallEmbedder.load(
                Math.max(1, Runtime.getRuntime().availableProcessors()), BATCH_SIZE);
    }

    public static SentenceEmbedder bgeSmall() {
        return BgeSmall.INSTANCE;
    }
}
