package org.onevoice.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Linux reports about one process in {@code /proc/<pid>/stat} and {@code /proc/<pid>/status}:
 * CPU time in clock ticks and resident memory in kB.
 */
public record ProcStat(long pid, long ownTicks, long reapedChildrenTicks, long rssKb, long peakRssKb) {
    /** USER_HZ: 100 on every Linux the project runs on ({@code getconf CLK_TCK}). */
    public static final double TICKS_PER_SECOND = 100.0;

    public static Optional<ProcStat> read(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        try {
            return Optional.of(parse(pid, Files.readString(dir.resolve("stat")), Files.readString(dir.resolve("status"))));
        } catch (IOException | RuntimeException goneMeanwhile) {
            return Optional.empty();
        }
    }

    /**
     * The command name in {@code stat} is in parentheses and may itself hold spaces and
     * parentheses, so fields are counted from the last {@code )}: utime, stime, cutime, cstime are
     * fields 14-17 of the line, i.e. 11-14 after the name.
     */
    static ProcStat parse(long pid, String stat, String status) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        long cutime = Long.parseLong(fields[13]);
        long cstime = Long.parseLong(fields[14]);
        return new ProcStat(pid, utime + stime, cutime + cstime, kb(status, "VmRSS:"), kb(status, "VmHWM:"));
    }

    private static long kb(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
            }
        }
        return 0;
    }

    public double cpuSeconds() {
        return (ownTicks + reapedChildrenTicks) / TICKS_PER_SECOND;
    }
}
