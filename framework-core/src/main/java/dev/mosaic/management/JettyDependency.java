package dev.mosaic.management;

/**
 * Embedded Jetty is an optional dependency of framework-core: {@code manage} must load and
 * explain the fix without it, so nothing here refers to a Jetty type.
 */
final class JettyDependency {
    /** Kept equal to the parent pom's jetty.version (a test compares them). */
    static final String VERSION = "12.1.14";
    static final String PROBE_CLASS = "org.eclipse.jetty.ee10.servlet.ServletContextHandler";

    private JettyDependency() {
    }

    static boolean isPresent(ClassLoader loader) {
        try {
            Class.forName(PROBE_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String missingMessage() {
        return "runserver needs embedded Jetty, which is not on the class path. Add this dependency to your pom.xml:\n"
                + "\n"
                + "    <dependency>\n"
                + "      <groupId>org.eclipse.jetty.ee10</groupId>\n"
                + "      <artifactId>jetty-ee10-servlet</artifactId>\n"
                + "      <version>" + VERSION + "</version>\n"
                + "    </dependency>";
    }
}
