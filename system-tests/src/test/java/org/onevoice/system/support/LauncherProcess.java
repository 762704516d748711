package org.onevoice.system.support;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@code onevoice} command as a user runs it: its own process, read line by line, stopped with SIGTERM. */
public final class LauncherProcess implements AutoCloseable {
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private LauncherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "onevoice-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static LauncherProcess up(Map<String, String> env) {
        return start(env, List.of(), "up");
    }

    /** {@code onevoice <command>} with extra JVM options for the launcher, e.g. its temporary directory. */
    public static LauncherProcess start(Map<String, String> env, List<String> jvmOptions, String... command) {
        Path launcher = RunningSystem.root().resolve("local-stack/target/onevoice-local.jar");
        String classPath = launcher + File.pathSeparator + launcher.resolveSibling("lib").resolve("*");
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmOptions);
        line.addAll(List.of("-cp", classPath, "org.onevoice.local.cli.OneVoiceCommand"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return new LauncherProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + launcher, e);
        }
    }

    /** Waits for the line saying everything is ready; fails at once if the launcher exits. */
    public void awaitUp(Duration timeout) {
        awaitLine(line -> line.startsWith("OneVoice is up"), timeout);
    }

    /** Waits for a line of output; fails at once if the launcher exits. */
    public void awaitLine(Predicate<String> wanted, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("onevoice exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            return output.stream().anyMatch(wanted);
        });
    }

    /** The processes the launcher started and still runs (services, PostgreSQL), as of now. */
    public List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** Waits for the launcher to end by itself; returns the exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("onevoice still runs after " + timeout);
        }
        return process.exitValue();
    }

    /** SIGTERM, as Ctrl-C or a service manager would; returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("onevoice did not stop within " + timeout);
        }
        return process.exitValue();
    }

    /** SIGTERM; fails unless the launcher ends as a JVM ended by SIGTERM does: 128 + 15 once its shutdown hooks are done, or 0. */
    public void stopOnRequest(Duration timeout) throws InterruptedException {
        int exitCode = stop(timeout);
        if (exitCode != 0 && exitCode != 143) {
            throw new AssertionError("onevoice exit code " + exitCode);
        }
    }

    /** After a failed test too: SIGTERM first, so the launcher stops what it started instead of orphaning it. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
                System.out.println("[onevoice] " + line);
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }
}
