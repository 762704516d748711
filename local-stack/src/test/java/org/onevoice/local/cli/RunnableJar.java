package org.onevoice.local.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A one-class application packaged as the services are: one runnable jar. */
final class RunnableJar {
    private RunnableJar() {
    }

    /** Writes {@code jar} holding {@code classFile} (a class of the default or a named package) as its main class. */
    static void write(Path jar, String mainClass, byte[] classFile) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(mainClass.replace('.', '/') + ".class"));
            out.write(classFile);
            out.closeEntry();
        }
    }
}
