package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcStatTest {
    private static final String STATUS = """
            Name:\tjava
            State:\tS (sleeping)
            VmPeak:\t 5021336 kB
            VmHWM:\t  412340 kB
            VmRSS:\t  398112 kB
            Threads:\t57
            """;

    @Test
    void readsCpuTicksAfterTheCommandNameAndMemoryInKb() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 90210 0 12 0 1534 211 40 9 20 0 57 0 123456 5021336 99528 "
                + "18446744073709551615 1 1 0 0 0 0 0 3 16800975 0 0 0 17 1 0 0 0 0 0";
        ProcStat proc = ProcStat.parse(4242, stat, STATUS);
        assertEquals(1534 + 211, proc.ownTicks());
        assertEquals(40 + 9, proc.reapedChildrenTicks());
        assertEquals(17.94, proc.cpuSeconds(), 1e-9);
        assertEquals(398112, proc.rssKb());
        assertEquals(412340, proc.peakRssKb());
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (postgres: ckpt (x) ) S 1 77 77 0 -1 4194560 0 0 0 0 300 100 0 0 20 0 1 0 1 1 1 0 0 0";
        assertEquals(400, ProcStat.parse(77, stat, "VmRSS:\t 10 kB\n").ownTicks());
    }

    @Test
    void readsThisVeryProcess() {
        ProcStat self = ProcStat.read(ProcessHandle.current().pid()).orElseThrow();
        assertTrue(self.ownTicks() > 0, "a JVM running tests has used CPU");
        assertTrue(self.peakRssKb() >= self.rssKb() && self.rssKb() > 10_000);
    }
}
