package org.onevoice.topics.text;

/** Sorted feature indices with their weights; the text half of a question's features. */
public record SparseVector(int[] indices, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** Writes this vector into a dense array, so that many dot products with it become plain lookups. */
    public void scatterInto(float[] dense) {
        for (int i = 0; i < indices.length; i++) {
            dense[indices[i]] = values[i];
        }
    }

    /** Undoes {@link #scatterInto} cheaply, leaving the array zero for the next question. */
    public void clearFrom(float[] dense) {
        for (int index : indices) {
            dense[index] = 0;
        }
    }

    /** Dot product with a vector scattered by {@link #scatterInto}. */
    public float dotScattered(float[] dense) {
        float sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * dense[indices[i]];
        }
        return sum;
    }

    public float dot(SparseVector other) {
        int i = 0;
        int j = 0;
        float sum = 0;
        int[] a = indices;
        int[] b = other.indices;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += values[i++] * other.values[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
