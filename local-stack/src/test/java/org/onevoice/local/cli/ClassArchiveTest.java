package org.onevoice.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.infra.Directories;

/** A packaged application's first start records its classes; later starts map them from the archive. */
class ClassArchiveTest {
    @TempDir
    Path app;

    private Path jar() {
        return app.resolve("service" + ServiceProcess.RUNNER_JAR);
    }

    @Test
    void aCleanStopKeepsTheRecordingAndTheNextStartLoadsItsClassesFromIt() throws Exception {
        packageApplication();

        ClassArchive first = ClassArchive.choose(jar(), List.of());
        assertTrue(first.records());
        assertEquals(0, run(first).exitCode());
        first.stoppedCleanly();
        assertTrue(Files.isRegularFile(ClassArchive.recorded(jar())));

        ClassArchive second = ClassArchive.choose(jar(), List.of());
        assertFalse(second.records());
        Run run = run(second, "-Xlog:class+load=info");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Hello source: shared objects file (top)"), run.output());
    }

    @Test
    void anArchiveOlderThanTheApplicationIsRecordedAgain() throws Exception {
        recordArchive();

        Files.setLastModifiedTime(jar(), FileTime.from(Instant.now().plusSeconds(60)));

        assertTrue(ClassArchive.choose(jar(), List.of()).records());
    }

    @Test
    void anArchiveRecordedByAnotherJvmIsRecordedAgain() throws Exception {
        recordArchive();
        assertEquals(ClassArchive.thisJvm(), Files.readString(ClassArchive.recordedBy(jar())));
        assertFalse(ClassArchive.choose(jar(), List.of()).records());

        // What the file holds after the JDK was updated in place: the old version.
        Files.writeString(ClassArchive.recordedBy(jar()), ClassArchive.thisJvm().replace(System.getProperty("java.vm.version"), "17.0.0+0"));

        assertTrue(ClassArchive.choose(jar(), List.of()).records());
    }

    @Test
    void anArchiveWithoutItsJvmIsRecordedAgain() throws Exception {
        recordArchive();

        Files.delete(ClassArchive.recordedBy(jar()));

        assertTrue(ClassArchive.choose(jar(), List.of()).records());
    }

    @Test
    void aKilledStartLeavesNoArchive() throws Exception {
        packageApplication();
        ClassArchive first = ClassArchive.choose(jar(), List.of());
        run(first);
        first.killed();

        assertTrue(ClassArchive.choose(jar(), List.of()).records());
        try (var files = Files.list(app)) {
            assertEquals(List.of(jar()), files.toList());
        }
    }

    @Test
    void classDataOptionsOfTheCallerWin() {
        ClassArchive chosen = ClassArchive.choose(jar(), List.of("-Xshare:off"));
        assertFalse(chosen.records());
        assertEquals(List.of(), chosen.options());
    }

    /** The packaged application after its first start stopped cleanly: its archive recorded. */
    private void recordArchive() throws IOException, InterruptedException {
        packageApplication();
        ClassArchive first = ClassArchive.choose(jar(), List.of());
        assertEquals(0, run(first).exitCode());
        first.stoppedCleanly();
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(ClassArchive archive, String... extraOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(archive.options());
        command.addAll(List.of(extraOptions));
        command.addAll(List.of("-jar", jar().getFileName().toString()));
        Process process = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** A one-class application packaged as the services are. */
    private void packageApplication() throws IOException {
        Path source = app.resolve("src/Hello.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "public class Hello { public static void main(String[] args) { System.out.println(\"hello\"); } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", app.resolve("src").toString(), source.toString()));
        RunnableJar.write(jar(), "Hello", Files.readAllBytes(app.resolve("src/Hello.class")));
        Directories.deleteTree(app.resolve("src"));
    }
}
