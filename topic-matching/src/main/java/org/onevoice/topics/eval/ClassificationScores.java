package org.onevoice.topics.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy and macro-F1 over the gold labels. A prediction that is no gold label (an emerging cluster)
 * is simply wrong; it counts as a false positive of no gold class, so it lowers recall but not precision.
 */
public record ClassificationScores(int total, int correct, double accuracy, double macroF1) {

    public static ClassificationScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("nothing to score");
        }
        Map<String, int[]> counts = new HashMap<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String truth = gold.get(i);
            String guess = predicted.get(i);
            if (truth.equals(guess)) {
                correct++;
                counts.computeIfAbsent(truth, k -> new int[3])[TRUE_POSITIVE]++;
            } else {
                counts.computeIfAbsent(truth, k -> new int[3])[FALSE_NEGATIVE]++;
                counts.computeIfAbsent(guess, k -> new int[3])[FALSE_POSITIVE]++;
            }
        }
        double f1Sum = 0;
        TreeSet<String> goldClasses = new TreeSet<>(gold);
        for (String label : goldClasses) {
            int[] c = counts.get(label);
            int denominator = 2 * c[TRUE_POSITIVE] + c[FALSE_POSITIVE] + c[FALSE_NEGATIVE];
            f1Sum += denominator == 0 ? 0 : 2.0 * c[TRUE_POSITIVE] / denominator;
        }
        return new ClassificationScores(gold.size(), correct, (double) correct / gold.size(), f1Sum / goldClasses.size());
    }

    private static final int TRUE_POSITIVE = 0;
    private static final int FALSE_POSITIVE = 1;
    private static final int FALSE_NEGATIVE = 2;
}
