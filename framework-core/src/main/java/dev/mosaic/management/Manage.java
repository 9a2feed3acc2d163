package dev.mosaic.management;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The {@code manage} command line: {@code runserver}, {@code check}, {@code showurls},
 * {@code startapp} and the apps' own commands. A project's main class delegates here:
 * {@code public static void main(String[] args) { Manage.main(args); }}
 */
public final class Manage {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;

    private Manage() {
    }

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 for success), without exiting the JVM. */
    public static int run(String... args) {
        return run(stdout(), stderr(), args);
    }

    /** Runs a command writing to {@code out} and {@code err} (flushed before returning). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(null, out, err, args);
    }

    /**
     * Runs a command on a project whose settings are built in code rather than loaded, as tests
     * and embedding programs do; {@code --settings} and {@code --profile} are then ignored.
     */
    public static int run(Settings settings, PrintWriter out, PrintWriter err, String... args) {
        try {
            Project project = new Project(settings, globalOption(args, "--settings"), globalOption(args, "--profile"));
            CommandLine cl;
            try {
                cl = Commands.build(project);
            } catch (ImproperlyConfigured e) {
                err.println(e.getMessage());
                return ERROR;
            }
            cl.setOut(out);
            cl.setErr(err);
            cl.setParameterExceptionHandler(new UsageErrors(project));
            cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof ImproperlyConfigured) {
                    err.println(e.getMessage());
                    return ERROR;
                }
                throw e;
            });
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The value of a global option, read before parsing because the project's settings decide
     * which commands exist (apps add their own).
     */
    static String globalOption(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                return null;
            }
            if (a.equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static PrintWriter stdout() {
        return new PrintWriter(System.out, true, Charset.defaultCharset());
    }

    private static PrintWriter stderr() {
        return new PrintWriter(System.err, true, Charset.defaultCharset());
    }
}
