package org.onevoice.topics.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term weights learnt from the knowledge base: sublinear term frequency times smoothed inverse document
 * frequency, L2-normalised so a dot product is a cosine. Terms never seen in the knowledge base are dropped.
 */
public final class TfIdfVocabulary {

    private final Map<String, Integer> index;
    private final float[] idf;

    private TfIdfVocabulary(Map<String, Integer> index, float[] idf) {
        this.index = index;
        this.idf = idf;
    }

    public static TfIdfVocabulary fit(List<Map<String, Integer>> documents) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Integer> document : documents) {
            for (String term : document.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>(documentFrequency.size() * 2);
        float[] idf = new float[documentFrequency.size()];
        for (Map.Entry<String, Integer> entry : documentFrequency.entrySet()) {
            int id = index.size();
            index.put(entry.getKey(), id);
            idf[id] = (float) (Math.log((1.0 + documents.size()) / (1.0 + entry.getValue())) + 1.0);
        }
        return new TfIdfVocabulary(index, idf);
    }

    public int size() {
        return idf.length;
    }

    public SparseVector vectorize(Map<String, Integer> termCounts) {
        // id in the high half, count in the low half: one sort orders both by id
        long[] packed = new long[termCounts.size()];
        int count = 0;
        for (Map.Entry<String, Integer> entry : termCounts.entrySet()) {
            Integer id = index.get(entry.getKey());
            if (id != null) {
                packed[count++] = ((long) id << 32) | entry.getValue();
            }
        }
        if (count == 0) {
            return SparseVector.EMPTY;
        }
        Arrays.sort(packed, 0, count);
        int[] ids = new int[count];
        float[] values = new float[count];
        double norm = 0;
        for (int i = 0; i < count; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            double weight = (1 + Math.log((int) packed[i])) * idf[ids[i]];
            values[i] = (float) weight;
            norm += weight * weight;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < count; i++) {
            values[i] *= scale;
        }
        return new SparseVector(ids, values);
    }
}
