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
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(startedAt, Instant.now());
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s; see " + log);
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
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
