package dev.mosaic.contrib.auth.management;

import dev.mosaic.contrib.auth.internal.AuthConfig;
import dev.mosaic.management.ManageCommand;
import dev.mosaic.management.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What createsuperuser and changepassword share: the project, where environment variables and
 * answers come from, and the rule that nothing is asked when nobody can answer.
 */
abstract class AccountCommand implements Callable<Integer> {
    @ParentCommand
    ManageCommand manage;

    @Spec
    CommandSpec spec;

    @Option(names = {"--noinput", "--no-input"},
            description = "Ask nothing: the answers come from the options and the environment (see the examples).")
    boolean noInput;

    final Function<String, String> environment;
    private final Prompter prompter;

    /** @param prompter a test's scripted answers, or null for the terminal */
    AccountCommand(Function<String, String> environment, Prompter prompter) {
        this.environment = environment;
        this.prompter = prompter;
    }

    /** Starts the project, then runs the command with the auth app's configuration. */
    @Override
    public final Integer call() {
        manage.application();
        return run(AuthConfig.current());
    }

    abstract int run(AuthConfig config);

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Who answers: the given prompter, else the terminal; null (after printing why and
     * {@code instead}, the command line that asks nothing) when standard input is not a terminal.
     */
    final Prompter prompterOrExplain(String instead) {
        if (prompter != null) {
            return prompter;
        }
        if (!Terminal.interactive()) {
            err().println(Terminal.cannotAsk(spec.name(), instead));
            return null;
        }
        return Prompter.terminal();
    }
}
