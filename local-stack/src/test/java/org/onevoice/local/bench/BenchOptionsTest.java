package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {
    private static final Path ROOT = Path.of("/repo");
    private static final Instant NOW = Instant.parse("2026-11-24T05:06:07Z");

    @TempDir
    Path dir;

    @Test
    void defaults() {
        BenchOptions options = BenchOptions.parse(new String[0], ROOT, NOW);
        assertEquals(BenchOptions.Mode.FIXED, options.mode());
        assertEquals(200, options.rate());
        assertEquals(30, options.durationSeconds());
        assertEquals(10, options.repliesPercent());
        assertEquals(ChannelMix.DEFAULT.toString(), options.mix().toString());
        assertNull(options.data());
        assertEquals(Path.of("/repo/.onevoice/bench/20261124-050607.json"), options.out());
        assertEquals(6000, options.schedule().count());
        assertEquals(List.of(200, 200, 200), options.schedule().steps().stream().map(RateSchedule.Step::rate).toList(),
                "a fixed run is reported in windows of --step-seconds");
        assertEquals(5, options.warmUpSeconds());
        assertEquals(5000, options.maxAckMillis());
        assertEquals(5000, options.maxCommitMillis());
        assertEquals(0, options.seedTickets());
    }

    @Test
    void everyOption() {
        BenchOptions options = BenchOptions.parse(new String[] {"--mode", "ramp", "--rate", "500", "--duration", "60",
            "--mix", "x=1,calls=1", "--replies", "0", "--data", dir.toString(), "--out", "r.json", "--ramp-step", "100",
            "--step-seconds", "5", "--max-in-flight", "64", "--warm-up", "0", "--seed-tickets", "1000000", "--max-ack-ms", "800",
            "--max-commit-ms", "900"}, ROOT, NOW);
        assertEquals(BenchOptions.Mode.RAMP, options.mode());
        assertEquals(dir, options.data());
        assertEquals(Path.of("r.json"), options.out());
        assertEquals(64, options.maxInFlight());
        assertEquals(0, options.warmUpSeconds());
        assertEquals(800, options.maxAckMillis());
        assertEquals(900, options.maxCommitMillis());
        assertEquals(1_000_000, options.seedTickets());
        assertEquals(12, options.schedule().steps().size());
        assertEquals(600, options.schedule().steps().get(1).rate());
    }

    @Test
    void mistakesAreNamed() {
        assertMessage("unknown option --speed", "--speed", "3");
        assertMessage("--rate needs a value", "--rate");
        assertMessage("--rate must be at least 1", "--rate", "0");
        assertMessage("--replies: cannot use '150'", "--replies", "150");
        assertMessage("--mode: cannot use 'burst'", "--mode", "burst");
        assertMessage("--data: cannot use", "--data", dir.resolve("missing").toString());
    }

    private static void assertMessage(String expected, String... args) {
        String message = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(args, ROOT, NOW)).getMessage();
        assertTrue(message.startsWith(expected), message);
    }
}
