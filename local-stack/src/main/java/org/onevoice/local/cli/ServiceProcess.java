package org.onevoice.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One OneVoice service running as its own operating-system process from its packaged jar, as in
 * production. Used by {@code ./onevoice up} and the system tests.
 */
public final class ServiceProcess implements AutoCloseable {
    /** How a service's jar is named after its module (the root POM's {@code quarkus.package.*}). */
    static final String RUNNER_JAR = "-runner.jar";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final Path log;
    private final Process process;
    private final ClassArchive classes;
    private final Instant startedAt = Instant.now();

    private ServiceProcess(String name, int httpPort, Path log, Process process, ClassArchive classes) {
        this.name = name;
        this.httpPort = httpPort;
        this.log = log;
        this.process = process;
        this.classes = classes;
    }

    /**
     * Starts {@code <root>/<module>/target/<module>-runner.jar} with the given environment.
     * Output goes to {@code log}, appended, so a restart keeps the earlier run's lines.
     */
    public static ServiceProcess start(Path root, String module, int httpPort, Map<String, String> env,
                                       List<String> jvmOptions, Path log) {
        Path jar = root.resolve(module).resolve("target").resolve(module + RUNNER_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        ClassArchive classes = ClassArchive.choose(jar, jvmOptions);
        command.addAll(classes.options());
        command.add("-jar");
        // An archive names the class path as it was when it was made: relative to the jar's directory.
        command.add(classes.archived() ? jar.getFileName().toString() : jar.toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(classes.archived() ? jar.getParent().toFile() : null)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            return new ServiceProcess(module, httpPort, log, builder.start(), classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** True when this start had no current class archive and records one as it stops (the first start after a build). */
    public boolean recordsClasses() {
        return classes.records();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code once the process has ended, however it ended. */
    public CompletableFuture<Integer> exitCode() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** After the process ended by itself (a crash, a kill from outside): a class recording it was writing may be cut short. */
    void endedByItself() {
        classes.killed();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public Duration awaitReady(Duration timeout) {
        return awaitAllReady(List.of(this), timeout).get(name);
    }

    /**
     * Waits until each of the processes answers {@code /q/health/ready} with 200, asking all of them
     * in turn, so each one's time from its launch is read when it became ready, not after the ones
     * before it (three started at once were all reported as ready when the slowest was).
     */
    static Map<String, Duration> awaitAllReady(List<ServiceProcess> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Duration> readyAfter = new LinkedHashMap<>();
        while (readyAfter.size() < processes.size()) {
            for (ServiceProcess process : processes) {
                if (!readyAfter.containsKey(process.name) && process.readyNow()) {
                    readyAfter.put(process.name, Duration.between(process.startedAt, Instant.now()));
                }
            }
            if (readyAfter.size() < processes.size()) {
                if (Instant.now().isAfter(deadline)) {
                    ServiceProcess late = processes.stream().filter(p -> !readyAfter.containsKey(p.name)).findFirst().orElseThrow();
                    throw new IllegalStateException(late.name + " not ready within " + timeout.toSeconds() + " s; see " + late.log);
                }
                pause();
            }
        }
        return readyAfter;
    }

    /** One look at {@code /q/health/ready}; throws if the process has exited. */
    private boolean readyNow() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** SIGKILL, for fault tests. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(10);
        classes.killed();
    }

    /**
     * SIGTERM, so Quarkus shuts down gracefully; SIGKILL if that takes too long. A JVM recording its
     * classes writes 60-90 MB as it exits, which took up to 21 s with three at once on two cores.
     */
    @Override
    public void close() {
        process.destroy();
        if (waitForExit(classes.records() ? 60 : 20)) {
            classes.stoppedCleanly();
        } else {
            process.destroyForcibly();
            waitForExit(10);
            classes.killed();
        }
    }

    private boolean waitForExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
