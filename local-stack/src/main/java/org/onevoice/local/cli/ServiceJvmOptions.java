package org.onevoice.local.cli;

import java.util.List;
import java.util.Map;

/** The JVM options the three services run with when the launcher starts them. */
public final class ServiceJvmOptions {
    /**
     * Client compiler only: on two cores shared by three services, a broker and PostgreSQL, the
     * server compiler's threads were still busy a minute into the load (11.2 of the monitor's 23.9
     * CPU seconds over 30 s), while the code they produced saved less than that. With C1 alone the
     * services spent 1.7-2.2 instead of 3.2-3.6 ms of CPU per contact and were ready in 6 instead
     * of 10 s (docs/performance.md, fourth session).
     */
    public static final String DEFAULT = "-Xmx384m -XX:TieredStopAtLevel=1";

    private ServiceJvmOptions() {
    }

    /** {@code ONEVOICE_SERVICE_JAVA_OPTS} replaces the defaults as a whole. */
    public static List<String> fromEnvironment(Map<String, String> env) {
        String options = env.getOrDefault("ONEVOICE_SERVICE_JAVA_OPTS", DEFAULT).trim();
        return List.of((options.isEmpty() ? DEFAULT : options).split("\\s+"));
    }
}
