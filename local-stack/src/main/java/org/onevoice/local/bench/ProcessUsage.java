package org.onevoice.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * CPU and memory of the processes doing the work, from {@code /proc}: each service, this launcher
 * (which hosts Kafka) and PostgreSQL (its postmaster and backends, together). Sampled every second
 * because backends come and go; CPU of backends that ended is in their postmaster's reaped-children time.
 */
final class ProcessUsage {
    private final Map<String, Supplier<List<Long>>> processes = new LinkedHashMap<>();
    private final Map<String, Double> cpuAtStart = new ConcurrentHashMap<>();
    private final Map<String, Double> cpuLatest = new ConcurrentHashMap<>();
    private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();

    /** {@code pids} is asked again at each sample: the set may change. */
    ProcessUsage track(String name, Supplier<List<Long>> pids) {
        processes.put(name, pids);
        return this;
    }

    /**
     * PostgreSQL's processes: the postmaster named in {@code postmaster.pid} of its data directory
     * and its descendants (the backends). pg_ctl starts it detached, so it is no child of this JVM.
     */
    static List<Long> postgresProcesses(Path dataDir) {
        List<Long> pids = new ArrayList<>();
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).ifPresent(p -> {
                pids.add(p.pid());
                p.descendants().forEach(child -> pids.add(child.pid()));
            });
        } catch (IOException | RuntimeException notRunning) {
            // nothing to count
        }
        return pids;
    }

    void start() {
        processes.forEach((name, pids) -> cpuAtStart.put(name, sample(name, pids.get())));
    }

    void sample() {
        processes.forEach((name, pids) -> cpuLatest.put(name, sample(name, pids.get())));
    }

    /**
     * The peak is the largest sum of resident memory seen in one sample, and for a single
     * process at least its own high-water mark (VmHWM), which catches peaks between samples.
     */
    private double sample(String name, List<Long> pids) {
        double cpu = 0;
        long rss = 0;
        for (long pid : pids) {
            ProcStat stat = ProcStat.read(pid).orElse(null);
            if (stat != null) {
                cpu += stat.cpuSeconds();
                rss += pids.size() == 1 ? Math.max(stat.rssKb(), stat.peakRssKb()) : stat.rssKb();
            }
        }
        peakRssKb.merge(name, rss, Math::max);
        return cpu;
    }

    List<BenchReport.ProcessFigures> report(long acceptedContacts) {
        sample();
        List<BenchReport.ProcessFigures> figures = new ArrayList<>();
        processes.forEach((name, pids) -> {
            double duringLoad = cpuLatest.getOrDefault(name, 0.0) - cpuAtStart.getOrDefault(name, 0.0);
            figures.add(new BenchReport.ProcessFigures(name, pids.get(), round(duringLoad), round(cpuLatest.getOrDefault(name, 0.0)),
                    peakRssKb.getOrDefault(name, 0L) / 1024, acceptedContacts == 0 ? 0 : round(duringLoad * 1000 / acceptedContacts)));
        });
        return figures;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
