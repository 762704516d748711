package org.onevoice.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * The class-data archive a service JVM starts from. A service's first start after a build records
 * every class it loads until it stops ({@code -XX:ArchiveClassesAtExit}), and later starts map
 * them ready-made from that archive. Quarkus's build-time archive
 * ({@code quarkus.package.jar.appcds.enabled}) held only the classes of the application's static
 * initialisation: about 2,000 more (Hibernate's boot, Jackson, the Kafka clients, Vert.x) were
 * still read from the jars at every start. The services are packaged as one jar each, so the JVM's
 * own class loader loads their classes, which JDK 17 links before it writes the archive; of the
 * classes a fast-jar's loader had loaded but not linked, it wrote none.
 *
 * <p>The archive lies beside the jar, named after it. The JVM writes the recording as it exits, to
 * a file of this start's own, which becomes the archive only after a clean stop: two instances of
 * one service never write one file, and a killed JVM leaves no half-written archive behind. An
 * archive is recorded again when it is older than the jar, or was recorded by another JVM: the JVM
 * refuses an archive of another build of itself with no more than a warning, and would start from
 * the jar for good.
 */
final class ClassArchive {
    private final Path jar;
    private final List<String> options;
    private final Path recording;

    private ClassArchive(Path jar, List<String> options, Path recording) {
        this.jar = jar;
        this.options = options;
        this.recording = recording;
    }

    /** What a start of {@code jar} uses; nothing when the caller chose its own CDS options. */
    static ClassArchive choose(Path jar, List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                || o.startsWith("-Xshare"))) {
            return new ClassArchive(jar, List.of(), null);
        }
        if (isCurrent(jar)) {
            return new ClassArchive(jar, List.of("-XX:SharedArchiveFile=" + recorded(jar).getFileName()), null);
        }
        Path recording = besideJar(jar, "-" + UUID.randomUUID() + ".recording");
        // At exit the JVM warns about each class it leaves out (hundreds); the service log is no place for them.
        return new ClassArchive(jar, List.of("-XX:ArchiveClassesAtExit=" + recording.getFileName(), "-Xlog:cds=off"), recording);
    }

    /** The archive of {@code jar}, which later starts map. */
    static Path recorded(Path jar) {
        return besideJar(jar, ".jsa");
    }

    /** Which JVM recorded the archive of {@code jar}. */
    static Path recordedBy(Path jar) {
        return besideJar(jar, ".jvm");
    }

    /** JVM options, relative to the jar's directory, which the JVM must run in. */
    List<String> options() {
        return options;
    }

    /** Whether the JVM must run in the jar's directory: archives name the class path relative to it. */
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
            Files.move(recording, recorded(jar), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(recordedBy(jar), thisJvm());
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

    private static boolean isCurrent(Path jar) {
        try {
            return Files.isRegularFile(recorded(jar))
                    && thisJvm().equals(Files.readString(recordedBy(jar)))
                    && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(recorded(jar))) <= 0;
        } catch (IOException e) {
            // No record of the JVM, or a jar being rewritten by a build: a stale archive, not a failed start.
            return false;
        }
    }

    private static Path besideJar(Path jar, String suffix) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + suffix);
    }
}
