package dev.mosaic.management;

/**
 * The {@code manage} command line: {@code runserver}, {@code check}, {@code showurls},
 * {@code startapp} and the apps' own commands. A project's main class delegates here:
 * {@code public static void main(String[] args) { Manage.main(args); }}
 */
public final class Manage {
    private Manage() {
    }

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 for success), without exiting the JVM. */
    public static int run(String... args) {
        System.err.println("manage: no commands are available in this build");
        return 2;
    }
}
