package org.hamyar.infrastructure.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A checkout whose four services are "packaged" as {@link FakeService} jars. */
public final class FakeCheckout {

    private FakeCheckout() {
    }

    public static Path create(Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project><artifactId>hamyar</artifactId></project>");
        for (String service : Suite.SERVICES) {
            Path jar = root.resolve(Suite.module(service)).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            writeJar(jar);
        }
        return root;
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream clazz = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            clazz.transferTo(out);
            out.closeEntry();
        }
    }
}
