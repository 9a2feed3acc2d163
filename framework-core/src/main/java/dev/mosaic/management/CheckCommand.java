package dev.mosaic.management;

import dev.mosaic.checks.CheckMessage;
import dev.mosaic.checks.CheckRun;
import dev.mosaic.checks.Checks;
import dev.mosaic.internal.Suggestions;
import dev.mosaic.server.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "check",
        description = "Runs the system checks and reports problems, each with a stable id and a hint.",
        footer = {"", "Examples:", "  manage check", "  manage check --deploy --profile prod",
                "  manage check --tag urls", "",
                "Silence a finding by listing its id in SILENCED_SYSTEM_CHECKS."})
final class CheckCommand implements Callable<Integer> {
    private final Project project;

    @Option(names = "--deploy", description = "Also run the checks for production settings (tagged 'deploy').")
    boolean deploy;

    @Option(names = "--fail-level", paramLabel = "<level>", defaultValue = "ERROR",
            description = {"Exit with 1 when a finding is at this level or above (DEBUG, INFO, WARNING, ERROR,"
                    + " CRITICAL). Default: ${DEFAULT-VALUE}."})
    CheckMessage.Level failLevel;

    @Option(names = {"-t", "--tag"}, paramLabel = "<tag>", description = "Run only the checks with this tag (repeatable).")
    List<String> tags = List.of();

    @Option(names = "--list-tags", description = "List the available tags and exit.")
    boolean listTags;

    @Spec
    CommandSpec spec;

    CheckCommand(Project project) {
        this.project = project;
    }

    @Override
    public Integer call() {
        Application app = project.application();
        Set<String> known = Checks.tags(app);
        if (listTags) {
            known.forEach(spec.commandLine().getOut()::println);
            return Manage.OK;
        }
        for (String tag : tags) {
            if (!known.contains(tag)) {
                throw new ParameterException(spec.commandLine(), "Unknown check tag '" + tag + "'."
                        + Suggestions.didYouMean(tag, known) + " Run `manage check --list-tags` to see them.");
            }
        }
        CheckRun run = CheckRun.of(app, deploy, new LinkedHashSet<>(tags), failLevel);
        return run.print(spec.commandLine().getOut(), spec.commandLine().getErr()) ? Manage.OK : Manage.ERROR;
    }
}
