package dev.mosaic.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;

/**
 * Finds a resource in the jar (or classes directory) an app's class came from, not anywhere on
 * the classpath: so that two apps can both ship {@code templates/base.html} and the order of
 * INSTALLED_APPS, not of the classpath, decides which one a project sees.
 */
final class AppResources {
    private AppResources() {
    }

    static Optional<URL> find(Class<?> appClass, String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ClassLoader loader = appClass.getClassLoader();
        if (loader == null) {
            loader = ClassLoader.getSystemClassLoader();
        }
        CodeSource source = appClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.ofNullable(loader.getResource(name));
        }
        String root = source.getLocation().toExternalForm();
        try {
            Enumeration<URL> all = loader.getResources(name);
            while (all.hasMoreElements()) {
                URL url = all.nextElement();
                String s = url.toExternalForm();
                if (s.startsWith(root) || s.startsWith("jar:" + root + "!/")) {
                    return Optional.of(url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look up " + name + " for " + appClass.getName(), e);
        }
        return Optional.empty();
    }
}
