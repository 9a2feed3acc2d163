package dev.mosaic.management;

import dev.mosaic.server.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The top-level {@code manage} command. An app's command reaches the project through it:
 *
 * <pre>{@code
 * @Command(name = "greet", description = "Print the site's greeting.")
 * public final class Greet implements Callable<Integer> {
 *     @ParentCommand ManageCommand manage;
 *     @Spec CommandSpec spec;
 *
 *     public Integer call() {
 *         spec.commandLine().getOut().println(manage.application().settings().string("GREETING"));
 *         return 0;
 *     }
 * }
 * }</pre>
 */
@Command(name = "manage",
        mixinStandardHelpOptions = true,
        versionProvider = MosaicVersion.class,
        description = "Runs a Mosaic project's management commands.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run `manage help COMMAND` or `manage COMMAND --help` for a command's options.",
                "Exit codes: 0 success, 1 error (misconfiguration, failed checks), 2 usage error."})
public final class ManageCommand implements Callable<Integer> {
    private final Project project;

    // Read before parsing (see Manage) so that apps' commands can be registered; declared
    // here for validation and help.
    @Option(names = "--settings", paramLabel = "<file|classpath:name>", scope = ScopeType.INHERIT,
            description = "The settings file. Default: MOSAIC_SETTINGS, else settings.yaml on the class path.")
    String settings;

    @Option(names = "--profile", paramLabel = "<name>", scope = ScopeType.INHERIT,
            description = "A profile whose settings.<name>.yaml is layered on top. Default: MOSAIC_PROFILE.")
    String profile;

    @Spec
    CommandSpec spec;

    ManageCommand(Project project) {
        this.project = project;
    }

    /** The project's application, started on first use; throws ImproperlyConfigured when misconfigured. */
    public Application application() {
        return project.application();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
