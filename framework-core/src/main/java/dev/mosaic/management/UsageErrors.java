package dev.mosaic.management;

import dev.mosaic.internal.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

/** Prints a usage error in one or two lines that say the fix, and returns exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Project project;

    UsageErrors(Project project) {
        this.project = project;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String unknown = unknownCommand(e);
        if (unknown != null) {
            err.println("Unknown command '" + unknown + "'."
                    + Suggestions.didYouMean(unknown, cl.getSubcommands().keySet())
                    + " Run `manage help` for the list of commands.");
            if (project.failure() != null) {
                err.println("Commands added by apps are not available because the project did not start: "
                        + project.failure().getMessage());
            }
        } else {
            err.println(e.getMessage());
            err.println("Run `" + cl.getCommandSpec().qualifiedName(" ") + " --help` for the options.");
        }
        return Manage.USAGE;
    }

    /** The command name given to {@code manage} that is not one, or null for other errors. */
    private static String unknownCommand(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || e.getCommandLine().getParent() != null) {
            return null;
        }
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        return unmatched.get(0);
    }
}
