package dev.mosaic.orm.migrations;

import dev.mosaic.internal.Suggestions;
import dev.mosaic.orm.migrations.internal.AppOrder;
import dev.mosaic.orm.migrations.internal.FlywayRunner;
import dev.mosaic.orm.migrations.internal.MigrationFiles;
import dev.mosaic.orm.migrations.internal.MigrationWriter;
import dev.mosaic.orm.migrations.internal.ModelSchema;
import dev.mosaic.orm.migrations.internal.Operation;
import dev.mosaic.orm.migrations.internal.Renames;
import dev.mosaic.orm.migrations.internal.SchemaDiff;
import dev.mosaic.orm.migrations.internal.SchemaState;
import dev.mosaic.orm.migrations.internal.Snapshot;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration engine behind {@code makemigrations}, {@code migrate}, {@code showmigrations}
 * and {@code sqlmigrate}, usable on its own (tests, tools):
 *
 * <pre>{@code
 * Migrations migrations = new Migrations(List.of(MigrationApp.of(new BlogApp())), dataSource);
 * migrations.makeMigrations(MakeOptions.all());      // writes V0001__initial.sql and schema.json
 * migrations.migrate(null, null);                    // applies every app's pending migrations
 * }</pre>
 *
 * <p>{@code apps} are in INSTALLED_APPS order. {@code dataSource} may be null for
 * {@link #makeMigrations} and {@link #modelChanges}, which never touch a database.
 * {@code hibernateSettings} are applied when reading the models (e.g. the project's
 * {@code hibernate.physical_naming_strategy}), so that table names match the running ORM.
 */
public final class Migrations {
    private final List<MigrationApp> apps;
    private final DataSource dataSource;
    private final Map<String, Object> hibernateSettings;

    public Migrations(List<MigrationApp> apps, DataSource dataSource) {
        this(apps, dataSource, Map.of());
    }

    public Migrations(List<MigrationApp> apps, DataSource dataSource, Map<String, Object> hibernateSettings) {
        this.apps = List.copyOf(apps);
        this.dataSource = dataSource;
        this.hibernateSettings = Map.copyOf(hibernateSettings);
    }

    public List<MigrationApp> apps() {
        return apps;
    }

    /**
     * Compares each app's models with the schema its migrations produce and writes the next
     * migration of each app that changed (unless {@code dryRun}). An empty list means
     * "No changes detected".
     *
     * @throws MigrationException when a change cannot be inferred (a possible rename, a primary
     *                            key change) or an app cannot be written to
     */
    public List<MadeMigration> makeMigrations(MakeOptions options) {
        List<MigrationApp> selected = options.app() == null ? apps : List.of(app(options.app()));
        Map<String, SchemaState> models = ModelSchema.of(apps, hibernateSettings);
        Renames renames = Renames.parse(options.renames(), options.noRenames());
        List<MadeMigration> made = new ArrayList<>();
        for (MigrationApp app : selected) {
            if (!writable(app, options.app() != null)) {
                continue;
            }
            MigrationFiles files = MigrationFiles.of(app);
            SchemaState after = models.get(app.label());
            if (files.snapshot() == null && after.equals(SchemaState.EMPTY) && !options.empty()) {
                continue;   // no models, and only hand-written migrations if any: nothing to compare
            }
            SchemaState before = files.schema(app);
            List<Operation> operations = options.empty() ? List.of() : SchemaDiff.between(before, after, renames);
            if (operations.isEmpty() && !options.empty()) {
                continue;
            }
            int version = files.latestVersion() + 1;
            String name = MigrationWriter.name(operations, files.latestVersion() == 0 && !options.empty(), options.name());
            String file = MigrationWriter.fileName(version, name);
            String sql = MigrationWriter.render(app.label(), operations);
            if (options.empty()) {
                sql += "\n-- Write your SQL here (data changes, or what makemigrations cannot infer).\n";
            }
            List<String> notes = new ArrayList<>();
            for (String script : files.newerThanSnapshot()) {
                notes.add(script + " is newer than " + Snapshot.FILE + ": makemigrations cannot see what hand-written SQL"
                        + " does, so it compared the models with the schema before it. If " + script + " changes tables"
                        + " the models map, check the new migration does not repeat it.");
            }
            Path path = app.directory().resolve(file);
            if (!options.dryRun()) {
                write(path, sql);
                new Snapshot(String.format("%04d", version), options.empty() ? before : after).write(app.directory());
            }
            made.add(new MadeMigration(app.label(), file, path, operations.stream().map(Operation::describe).toList(),
                    sql, MigrationWriter.warnings(operations), notes));
        }
        return made;
    }

    /**
     * Whether makemigrations can write {@code app}'s next migration into {@link MigrationApp#directory()}
     * after reading the migrations there; false for an app from a jar (passed over unless
     * {@code named}). The source tree is the truth: a copy on the class path (target/classes) may
     * be older. Where makemigrations cannot tell where to write, or which copy is right, it stops
     * and names the paths and the fix rather than write next to the wrong history.
     */
    private static boolean writable(MigrationApp app, boolean named) {
        String label = app.label();
        Path dir = app.directory();
        Path classes = app.classes();
        if (dir == null && classes != null && Files.isDirectory(classes)) {
            throw new MigrationException("App '" + label + "' is compiled to " + classes + ", which is not a Maven module's"
                    + " target/classes or target/test-classes, so makemigrations cannot tell which source folder holds its"
                    + " migrations. Say where in settings.yaml: MIGRATION_DIRS: { " + label + ": <module>/src/main/resources/"
                    + label + "/migrations } (a relative path is taken from the working directory, "
                    + Path.of("").toAbsolutePath() + ").");
        }
        if (dir == null) {
            if (named) {
                throw new MigrationException("App '" + label + "' is not in a source tree Mosaic can write to (its classes"
                        + " come from a jar" + (classes == null ? "" : ", " + classes) + "). An installed app's migrations"
                        + " ship with it: ask its author for a release whose migrations match its models. If it is your"
                        + " own app, run manage on its module's classes (e.g. mvn -pl <site> -am compile exec:java), or"
                        + " set MIGRATION_DIRS: { " + label + ": <its migrations folder> }.");
            }
            return false;
        }
        if (!Files.isDirectory(dir)) {
            URL copy = MigrationFiles.resource(app, Snapshot.FILE);
            if (copy != null) {
                throw new MigrationException("App '" + label + "' has no migrations folder " + dir + ", yet the class path"
                        + " has its migrations (" + copy + "), from an earlier build or another folder; makemigrations"
                        + " will not guess which history is right. If you deleted the migrations to start again, delete"
                        + " the build's copy too (mvn clean). If they live in another folder, set MIGRATION_DIRS: { "
                        + label + ": <that folder> } (a relative path is taken from the working directory, "
                        + Path.of("").toAbsolutePath() + ").");
            }
        }
        return true;
    }

    /**
     * What each app's models change compared with its migrations, without writing anything:
     * the "models changed without a migration" check. Apps without changes are left out.
     */
    public Map<String, List<String>> modelChanges() {
        Map<String, SchemaState> models = ModelSchema.of(apps, hibernateSettings);
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (MigrationApp app : apps) {
            MigrationFiles files = MigrationFiles.of(app);
            SchemaState before = files.snapshot() == null ? SchemaState.EMPTY : files.snapshot().schema();
            List<Operation> ops;
            try {
                ops = SchemaDiff.between(before, models.get(app.label()), Renames.parse(List.of(), true));
            } catch (MigrationException e) {
                changes.put(app.label(), List.of(e.getMessage()));
                continue;
            }
            if (!ops.isEmpty()) {
                changes.put(app.label(), ops.stream().map(Operation::describe).toList());
            }
        }
        return changes;
    }

    /** The labels in the order {@link #migrate} applies them: dependencies (foreign keys) first. */
    public List<String> order() {
        Map<String, SchemaState> models = null;
        Map<String, SchemaState> schemas = new LinkedHashMap<>();
        for (MigrationApp app : apps) {
            Snapshot snapshot = MigrationFiles.of(app).snapshot();
            if (snapshot == null) {
                if (models == null) {
                    models = ModelSchema.of(apps, hibernateSettings);
                }
                schemas.put(app.label(), models.get(app.label()));
            } else {
                schemas.put(app.label(), snapshot.schema());
            }
        }
        return AppOrder.of(schemas);
    }

    /**
     * Applies pending migrations: of every app in {@link #order()} when {@code app} is null, else
     * of that app up to {@code target} (a version such as {@code 0002}; null for all). Stops at the
     * first failure, which is rolled back where the database allows and reported with the file,
     * the statement and the database's error.
     */
    public List<AppliedMigration> migrate(String app, String target) {
        requireDatabase();
        if (target != null && app == null) {
            throw new MigrationException("A target version needs an app: migrate <app> <version>.");
        }
        if (target != null) {
            parseVersion(target);
        }
        List<AppliedMigration> applied = new ArrayList<>();
        List<MigrationApp> selected = app == null ? order().stream().map(this::app).toList() : List.of(app(app));
        for (MigrationApp a : selected) {
            FlywayRunner runner = new FlywayRunner(a, dataSource);
            if (runner.hasMigrations()) {
                applied.addAll(runner.migrate(target));
            }
        }
        return applied;
    }

    /** Every migration of {@code app} (all apps when null), applied or not, in migration order. */
    public List<MigrationStatus> status(String app) {
        requireDatabase();
        List<MigrationStatus> all = new ArrayList<>();
        List<MigrationApp> selected = app == null ? apps : List.of(app(app));
        for (MigrationApp a : selected) {
            FlywayRunner runner = new FlywayRunner(a, dataSource);
            if (runner.hasMigrations()) {
                all.addAll(runner.status());
            }
        }
        return all;
    }

    /** The migrations not applied yet, of all apps. */
    public List<MigrationStatus> unapplied() {
        return status(null).stream().filter(s -> !s.applied()).toList();
    }

    /** The SQL of one migration, as {@code migrate} would run it. */
    public String sql(String app, String version) {
        MigrationApp a = app(app);
        if (a.readsFromDirectory()) {
            for (String script : MigrationFiles.of(a).scripts()) {
                var m = MigrationFiles.SCRIPT.matcher(script);
                if (m.matches() && Integer.parseInt(m.group(1)) == parseVersion(version)) {
                    return read(a.directory().resolve(script));
                }
            }
        } else {
            requireDatabase();
            String script = new FlywayRunner(a, dataSource).script(version);
            if (script != null) {
                return MigrationFiles.readResource(MigrationFiles.resource(a, script.substring(script.lastIndexOf('/') + 1)));
            }
        }
        throw new MigrationException("App '" + app + "' has no migration " + version + ". Run `manage showmigrations "
                + app + "` to list them.");
    }

    private MigrationApp app(String label) {
        return apps.stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow(() ->
                new MigrationException("No installed app with label '" + label + "'."
                        + Suggestions.didYouMean(label, apps.stream().map(MigrationApp::label).toList())));
    }

    private static int parseVersion(String version) {
        if (!version.matches("\\d+")) {
            throw new MigrationException("'" + version + "' is not a migration version. Give the number at the start of"
                    + " the file name, e.g. 0002 for V0002__add_post_slug.sql.");
        }
        return Integer.parseInt(version);
    }

    private void requireDatabase() {
        if (dataSource == null) {
            throw new MigrationException("This needs a database, and none is configured: set DATABASES.default.URL.");
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
