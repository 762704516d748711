package org.onevoice.system.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class that drives one {@link RunningSystem} of its own, started once for all its tests. */
public abstract class SystemTest {
    @TempDir
    static Path workDir;
    protected static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start(workDir);
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
            system = null;
        }
    }
}
