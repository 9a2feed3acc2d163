package dev.mosaic.management;

import java.io.Console;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Whether a command may ask its user a question. A command that would ask (collectstatic before
 * overwriting, createsuperuser for a password) asks only when standard input and output are a
 * terminal; otherwise (a pipe, a CI job, a container, a systemd unit) it stops with the
 * {@code --noinput} form to use instead, and never waits for an answer that will not come.
 *
 * <pre>{@code
 * if (!noInput && !Terminal.interactive()) {
 *     err.println(Terminal.cannotAsk("collectstatic", "manage collectstatic --noinput"));
 *     return 1;
 * }
 * }</pre>
 */
public final class Terminal {
    private static final boolean INTERACTIVE = detect();

    private Terminal() {
    }

    /** True when standard input and output are a terminal someone can answer at; decided once per JVM. */
    public static boolean interactive() {
        return INTERACTIVE;
    }

    /** The error a command prints instead of asking when nobody can answer. */
    public static String cannotAsk(String command, String instead) {
        return "Error: " + command + " would ask questions, but standard input is not a terminal, so nobody could"
                + " answer. Run it in a terminal, or without questions: " + instead;
    }

    private static boolean detect() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // Up to Java 21 a console exists only on a terminal. From Java 22 System.console() also
        // answers when the streams are redirected, and Console.isTerminal() (22) tells them apart;
        // looked up once, since the baseline (17) has no such method to call directly.
        MethodHandle isTerminal;
        try {
            isTerminal = MethodHandles.publicLookup().findVirtual(Console.class, "isTerminal",
                    MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return true;
        }
        try {
            return (boolean) isTerminal.invoke(console);
        } catch (Throwable e) {
            return false;
        }
    }
}
