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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code onevoice up} as a user runs it: its own process, read line by line, stopped with SIGTERM. */
public final class LauncherProcess implements AutoCloseable {
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private LauncherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "onevoice-up-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static LauncherProcess up(Map<String, String> env) {
        Path launcher = RunningSystem.root().resolve("local-stack/target/onevoice-local.jar");
        String classPath = launcher + File.pathSeparator + launcher.resolveSibling("lib").resolve("*");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.onevoice.local.cli.OneVoiceCommand", "up").redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return new LauncherProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + launcher, e);
        }
    }

    /** Waits for the line saying everything is ready; fails at once if the launcher exits. */
    public void awaitUp(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("onevoice up exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            return output.stream().anyMatch(line -> line.startsWith("OneVoice is up"));
        });
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** SIGTERM, as Ctrl-C or a service manager would; returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("onevoice up did not stop within " + timeout);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
                System.out.println("[onevoice up] " + line);
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }
}
