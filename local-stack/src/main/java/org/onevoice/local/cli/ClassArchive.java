package org.onevoice.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The class-data archive a service JVM starts from. A service's first start after a build records
 * every class it loads until it stops ({@code -XX:ArchiveClassesAtExit}), and later starts map
 * them ready-made from that archive. Quarkus's build-time archive
 * ({@code quarkus.package.jar.appcds.enabled}) held only the classes of the application's static
 * initialisation: about 2,000 more (Hibernate's boot, Jackson, the Kafka clients, Vert.x) were
 * still read from the jars at every start.
 *
 * <p>The JVM writes the recording as it exits, to a file of this start's own, which becomes the
 * archive only after a clean stop: two instances of one service never write one file, and a killed
 * JVM leaves no half-written archive behind. An archive is recorded again when it is older than
 * any file of the packaged application, or was recorded by another JVM: the JVM refuses an archive
 * of another build of itself with no more than a warning, and would start from the jars for good.
 */
final class ClassArchive {
    static final String RECORDED = "onevoice-classes.jsa";
    /** Which JVM recorded the archive, beside it. */
    static final String RECORDED_BY = "onevoice-classes.jvm";

    private final Path quarkusApp;
    private final List<String> options;
    private final Path recording;

    private ClassArchive(Path quarkusApp, List<String> options, Path recording) {
        this.quarkusApp = quarkusApp;
        this.options = options;
        this.recording = recording;
    }

    /** What a start of the application in {@code quarkusApp} uses; nothing when the caller chose its own CDS options. */
    static ClassArchive choose(Path quarkusApp, List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                || o.startsWith("-Xshare"))) {
            return new ClassArchive(quarkusApp, List.of(), null);
        }
        if (isCurrent(quarkusApp)) {
            return new ClassArchive(quarkusApp, List.of("-XX:SharedArchiveFile=" + RECORDED), null);
        }
        Path recording = quarkusApp.resolve("onevoice-classes-" + UUID.randomUUID() + ".recording");
        // At exit the JVM warns about each class it leaves out (hundreds); the service log is no place for them.
        return new ClassArchive(quarkusApp, List.of("-XX:ArchiveClassesAtExit=" + recording.getFileName(), "-Xlog:cds=off"), recording);
    }

    /** JVM options, relative to the application directory the JVM must run in. */
    List<String> options() {
        return options;
    }

    /** Whether the JVM must run in the application directory: archives name the class path relative to it. */
    boolean archived() {
        return !options.isEmpty();
    }

    boolean records() {
        return recording != null;
    }

    /** After a clean stop: this start's recording becomes the archive later starts use. */
    void stoppedCleanly() {
        if (recording == null || !Files.isRegularFile(recording)) {
            return;
        }
        try {
            Files.move(recording, quarkusApp.resolve(RECORDED), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(quarkusApp.resolve(RECORDED_BY), thisJvm());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class archive " + recording, e);
        }
    }

    /** After a kill: the recording may be cut short, so it is dropped. */
    void killed() {
        if (recording != null) {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + recording, e);
            }
        }
    }

    /**
     * The services run on the launcher's own JVM ({@code java.home}), so its identity is theirs: its
     * place, for a JDK installed beside the one before, and its full version, which a package update
     * changes (the JVM itself compares its whole build string).
     */
    static String thisJvm() {
        return System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n"
                + System.getProperty("java.vm.name") + "\n";
    }

    private static boolean isCurrent(Path quarkusApp) {
        Path recorded = quarkusApp.resolve(RECORDED);
        if (!Files.isRegularFile(recorded)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            if (!thisJvm().equals(Files.readString(quarkusApp.resolve(RECORDED_BY)))) {
                return false;
            }
            FileTime recordedAt = Files.getLastModifiedTime(recorded);
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("onevoice-classes") && !f.getFileName().toString().endsWith(".jsa"))
                    .allMatch(f -> lastModified(f).compareTo(recordedAt) <= 0);
        } catch (IOException | UncheckedIOException e) {
            // A file that vanished while we looked (a build rewriting quarkus-app) means a stale archive, not a failed start.
            return false;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
