package dev.mosaic.orm.migrations;

import dev.mosaic.management.ManageCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code manage makemigrations [app]}: writes the next migration of each app whose models changed. */
@Command(name = "makemigrations",
        description = "Compares the models with the schema the migrations produce and writes the next migration"
                + " (V<n>__<name>.sql and schema.json under src/main/resources/<label>/migrations).",
        footer = {"", "Examples:", "  manage makemigrations", "  manage makemigrations blog --name add_post_slug",
                "  manage makemigrations blog --rename post.title=headline", "  manage makemigrations blog --empty",
                "", "A column or table that disappears while another appears is never guessed to be a rename:",
                "say --rename old=new (or table.old=new), or --no-renames to drop and add."})
public final class MakemigrationsCommand implements Callable<Integer> {
    @ParentCommand
    ManageCommand manage;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<app>", description = "Only this app (its label). Default: every app.")
    String app;

    @Option(names = "--name", paramLabel = "<name>", description = "The migration's name instead of one made from its changes.")
    String name;

    @Option(names = "--dry-run", description = "Show what would be written, SQL included, and write nothing.")
    boolean dryRun;

    @Option(names = "--check", description = "Write nothing; exit with 1 when the models have changes without a migration.")
    boolean check;

    @Option(names = "--empty", description = "Write an empty migration to fill by hand (data changes, what cannot be inferred).")
    boolean empty;

    @Option(names = "--rename", paramLabel = "<old=new>",
            description = "A table (post=article) or column (post.title=headline) that was renamed (repeatable).")
    List<String> renames = new ArrayList<>();

    @Option(names = {"--noinput", "--no-input"},
            description = "Accepted as in Django: makemigrations never asks (a possible rename stops it instead).")
    boolean noInput;

    @Option(names = "--no-renames", description = "Treat every disappearing table or column as dropped, with its data.")
    boolean noRenames;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (empty && app == null) {
            err.println("--empty needs an app: manage makemigrations <app> --empty");
            return 2;
        }
        List<MadeMigration> made;
        try {
            made = ProjectMigrations.of(manage.application())
                    .makeMigrations(new MakeOptions(app, name, dryRun || check, empty, renames, noRenames));
        } catch (MigrationException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (made.isEmpty()) {
            out.println(app == null ? "No changes detected" : "No changes detected in app '" + app + "'");
            return 0;
        }
        for (MadeMigration m : made) {
            out.println("Migrations for '" + m.app() + "':");
            out.println("  " + CommandOutput.relative(m.path()));
            m.changes().forEach(c -> out.println("    - " + c));
            m.warnings().forEach(w -> out.println("  WARNING: " + w));
            m.notes().forEach(n -> out.println("  NOTE: " + n));
            if (dryRun) {
                out.println();
                out.print(m.sql());
            }
        }
        if (dryRun || check) {
            out.println(check ? "Models have changes without a migration (nothing written)." : "(dry run: nothing written)");
        }
        return check ? 1 : 0;
    }
}
