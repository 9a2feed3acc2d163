package dev.mosaic.orm.migrations;

import dev.mosaic.management.ManageCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code manage migrate [app [version]]}: applies pending migrations, dependencies first. */
@Command(name = "migrate",
        description = "Applies the pending migrations of every app (an app after the apps its foreign keys point at),"
                + " or of one app up to a version, and records them.",
        footer = {"", "Examples:", "  manage migrate", "  manage migrate blog", "  manage migrate blog 0002",
                "  manage migrate --noinput", "",
                "A failing migration is rolled back where the database allows (PostgreSQL) and reported with its file,",
                "statement and database error. Migrations cannot be unapplied: write a new one."})
public final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    ManageCommand manage;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<app>", description = "Only this app.")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<version>",
            description = "Apply up to this version (e.g. 0002), not beyond.")
    String target;

    @Option(names = {"--noinput", "--no-input"},
            description = "Accepted as in Django, for deployment scripts: migrate never asks anything.")
    boolean noInput;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Migrations migrations = ProjectMigrations.of(manage.application());
            out.println("Operations to perform:");
            out.println(app == null ? "  Apply all migrations: " + String.join(", ", migrations.order())
                    : target == null ? "  Apply all migrations: " + app : "  Target specific migration: " + app + " " + target);
            out.println("Running migrations:");
            out.flush();
            List<AppliedMigration> applied = migrations.migrate(app, target);
            if (applied.isEmpty()) {
                out.println("  No migrations to apply.");
            }
            applied.forEach(m -> out.println("  Applying " + m.app() + "." + m.displayName() + "... OK (" + m.millis() + " ms)"));
            PostMigrate.runAll(manage.application());
            return 0;
        } catch (MigrationException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
