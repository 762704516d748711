package org.onevoice.topics.embedding;

/** Loads the sentence model once per JVM: it takes a second and 100 MB, and every catalogue can share it. */
public final class SharedModels {

    private static final int DEFAULT_BATCH = 64;

    private SharedModels() {
    }

    private static final class BgeSmall {
        static final BgeSmallEmbedder INSTANCE = BgeSmallEmbedder.load(
                Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_BATCH);
    }

    public static SentenceEmbedder bgeSmall() {
        return BgeSmall.INSTANCE;
    }
}
