package org.onevoice.topics.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onevoice.topics.LabelledQuestion;

/** Reproducible per-label split, so every topic keeps the same share in train and test. */
public record StratifiedSplit(List<LabelledQuestion> train, List<LabelledQuestion> test) {

    public static StratifiedSplit of(List<LabelledQuestion> all, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, was " + testFraction);
        }
        Map<String, List<LabelledQuestion>> byLabel = new LinkedHashMap<>();
        for (LabelledQuestion question : all) {
            byLabel.computeIfAbsent(question.label(), k -> new ArrayList<>()).add(question);
        }
        Random random = new Random(seed);
        List<LabelledQuestion> train = new ArrayList<>();
        List<LabelledQuestion> test = new ArrayList<>();
        for (List<LabelledQuestion> group : byLabel.values()) {
            List<LabelledQuestion> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int testCount = (int) Math.round(shuffled.size() * testFraction);
            test.addAll(shuffled.subList(0, testCount));
            train.addAll(shuffled.subList(testCount, shuffled.size()));
        }
        return new StratifiedSplit(train, test);
    }
}
