package org.onevoice.topics.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Heap after a collection, the process peak (which includes the ONNX runtime's native memory) and CPU time. */
final class MemoryUse {

    private MemoryUse() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return String.format(Locale.ROOT, "heap %d MB, process peak %s", heapMb, peakResident());
    }

    /** CPU time of all threads of the process, native ONNX threads included. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring("VmHWM:".length()).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }
}
