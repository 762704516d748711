package org.onevoice.topics.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationScoresTest {

    @Test
    void macroF1AveragesThePerClassF1OverTheGoldClasses() {
        List<String> gold = List.of("a", "a", "a", "b", "b", "c");
        List<String> predicted = List.of("a", "a", "b", "b", "c", "new-1");
        // a: tp 2, fp 0, fn 1 -> F1 = 4/5
        // b: tp 1, fp 1, fn 1 -> F1 = 2/4
        // c: tp 0, fp 1, fn 1 -> F1 = 0; "new-1" is no gold class and is not averaged
        ClassificationScores scores = ClassificationScores.of(gold, predicted);

        assertEquals(3, scores.correct());
        assertEquals(0.5, scores.accuracy(), 1e-12);
        assertEquals((0.8 + 0.5 + 0.0) / 3, scores.macroF1(), 1e-12);
    }

    @Test
    void perfectPredictionsScoreOne() {
        ClassificationScores scores = ClassificationScores.of(List.of("x", "y"), List.of("x", "y"));

        assertEquals(1.0, scores.accuracy());
        assertEquals(1.0, scores.macroF1());
    }
}
