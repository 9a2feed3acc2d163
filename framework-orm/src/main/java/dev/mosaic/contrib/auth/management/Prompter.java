package dev.mosaic.contrib.auth.management;

import java.io.Console;

/** How the interactive commands ask questions: the terminal (passwords not echoed), or a script in tests. */
public interface Prompter {
    /** The answer, or null at end of input. */
    String readLine(String prompt);

    /** The answer without echo when a terminal allows it, or null at end of input. */
    String readPassword(String prompt);

    /**
     * The terminal. Only when {@link dev.mosaic.management.Terminal#interactive()}: the commands
     * never read answers from a pipe, where nobody may be writing.
     */
    static Prompter terminal() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("No terminal to ask on: check Terminal.interactive() first.");
        }
        return new Prompter() {
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            public String readPassword(String prompt) {
                char[] p = console.readPassword("%s", prompt);
                return p == null ? null : new String(p);
            }
        };
    }
}
