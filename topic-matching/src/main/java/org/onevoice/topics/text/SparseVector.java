package org.onevoice.topics.text;

/** Sorted feature indices with their weights; the text half of a question's features. */
public record SparseVector(int[] indices, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

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
