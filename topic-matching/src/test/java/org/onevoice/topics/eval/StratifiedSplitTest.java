package org.onevoice.topics.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.topics.LabelledQuestion;

class StratifiedSplitTest {

    private static List<LabelledQuestion> questions() {
        List<LabelledQuestion> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(new LabelledQuestion("big " + i, "big"));
        }
        for (int i = 0; i < 10; i++) {
            all.add(new LabelledQuestion("small " + i, "small"));
        }
        return all;
    }

    @Test
    void everyLabelKeepsItsShareAndNoQuestionIsLostOrDuplicated() {
        StratifiedSplit split = StratifiedSplit.of(questions(), 0.2, 42);

        assertEquals(10, split.test().stream().filter(q -> q.label().equals("big")).count());
        assertEquals(2, split.test().stream().filter(q -> q.label().equals("small")).count());
        HashSet<LabelledQuestion> union = new HashSet<>(split.train());
        union.addAll(split.test());
        assertEquals(new HashSet<>(questions()), union);
        assertEquals(60, split.train().size() + split.test().size());
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        assertEquals(StratifiedSplit.of(questions(), 0.2, 42), StratifiedSplit.of(questions(), 0.2, 42));
        assertNotEquals(StratifiedSplit.of(questions(), 0.2, 42).test(), StratifiedSplit.of(questions(), 0.2, 7).test());
        assertTrue(StratifiedSplit.of(questions(), 0.5, 1).test().size() == 30);
    }
}
