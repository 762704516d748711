package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's replies must not be mistaken for measured ones where they arrive. */
class ReplyLoadTest {

    @Test
    void aMeasuredReplyCarriesItsNumberAndAWarmUpReplyNone() {
        ReplyLoad measured = ReplyLoad.measured(null, "Basic x", 10, List::of);
        ReplyLoad warmUp = ReplyLoad.warmUp(null, "Basic x", 10, List::of);
        assertEquals(42, ReplyLoad.numberIn(measured.text(42)));
        assertEquals(-1, ReplyLoad.numberIn(warmUp.text(42)));
    }
}
