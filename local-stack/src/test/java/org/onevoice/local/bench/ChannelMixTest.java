package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ChannelMixTest {

    @Test
    void everyPeriodHasExactlyTheMix() {
        ChannelMix mix = ChannelMix.parse("x=50,email=30,calls=20");
        Map<BenchChannel, Long> counts = count(mix, 0, 1000);
        assertEquals(500, counts.get(BenchChannel.X));
        assertEquals(300, counts.get(BenchChannel.EMAIL));
        assertEquals(200, counts.get(BenchChannel.CALLS));
    }

    @Test
    void channelsInterleaveRatherThanComeInBlocks() {
        ChannelMix mix = ChannelMix.DEFAULT;
        Map<BenchChannel, Long> firstTen = count(mix, 0, 10);
        assertEquals(5, firstTen.get(BenchChannel.X));
        assertEquals(3, firstTen.get(BenchChannel.EMAIL));
        assertEquals(2, firstTen.get(BenchChannel.CALLS));
        assertTrue(LongStream.range(0, 99).noneMatch(i -> mix.channelOf(i) == mix.channelOf(i + 1)
                && mix.channelOf(i + 1) == mix.channelOf(i + 2)), "no channel three times in a row");
    }

    @Test
    void aLeftOutChannelGetsNothing() {
        ChannelMix mix = ChannelMix.parse("calls=1");
        assertEquals(Map.of(BenchChannel.CALLS, 7L), count(mix, 0, 7));
    }

    @Test
    void badMixesAreRefusedWithTheReason() {
        for (String bad : List.of("x=50,fax=10", "x", "x=-1,email=2", "x=0", "x=1,x=2", "x=a")) {
            assertThrows(IllegalArgumentException.class, () -> ChannelMix.parse(bad), bad);
        }
        assertEquals("x=70,email=30", ChannelMix.parse("email=30, x=70").toString());
    }

    private static Map<BenchChannel, Long> count(ChannelMix mix, long from, long to) {
        Map<BenchChannel, Long> counts = new EnumMap<>(BenchChannel.class);
        LongStream.range(from, to).forEach(i -> counts.merge(mix.channelOf(i), 1L, Long::sum));
        return counts;
    }
}
