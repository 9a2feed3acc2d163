package dev.mosaic.orm.migrations;

import dev.mosaic.conf.Settings;
import dev.mosaic.management.Manage;
import dev.mosaic.orm.migrations.apps.BlogApp;
import dev.mosaic.orm.migrations.apps.BlogV2App;
import dev.mosaic.orm.migrations.apps.BlogV5App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manage commands, run as a developer runs them, on an H2 database named in DATABASES (PostgreSQL: the subclass). */
class MigrationCommandsTest {
    private static final AtomicInteger DB = new AtomicInteger();

    @TempDir
    Path tmp;

    String url = "jdbc:h2:mem:commands" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    String user = "sa";

    record Run(int exit, String out, String err) {
    }

    Run manage(Class<?> app, String... args) {
        return manage(app, Map.of(), args);
    }

    Settings settings(Class<?> app, Map<String, Object> hibernate) {
        return Settings.of(Map.of(
                "INSTALLED_APPS", List.of(app.getName()),
                "DATABASES", Map.of("default", Map.of("URL", url, "USER", user, "HIBERNATE", hibernate)),
                "MIGRATION_DIRS", Map.of("blog", tmp.resolve("blog").toString()),
                "MIDDLEWARE", List.of())); // database commands: no web middleware, so no SECRET_KEY needed
    }

    Run manage(Class<?> app, Map<String, Object> hibernate, String... args) {
        Settings settings = settings(app, hibernate);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Manage.run(settings, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void makemigrationsMigrateShowmigrationsAndSqlmigrate() {
        Run made = manage(BlogApp.class, "makemigrations");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().startsWith("Migrations for 'blog':\n"), made.out());
        assertTrue(made.out().contains("V0001__initial.sql\n    - Create sequence post_seq\n    - Create table author\n"),
                made.out());
        assertEquals("No changes detected\n", manage(BlogApp.class, "makemigrations").out());
        assertEquals("No changes detected in app 'blog'\n", manage(BlogApp.class, "makemigrations", "blog").out());

        assertEquals("blog\n [ ] 0001_initial\n", manage(BlogApp.class, "showmigrations").out());
        Run migrated = manage(BlogApp.class, "migrate");
        assertEquals(0, migrated.exit(), migrated.err());
        assertTrue(migrated.out().startsWith("Operations to perform:\n  Apply all migrations: blog\nRunning migrations:\n"
                + "  Applying blog.0001_initial... OK"), migrated.out());
        assertTrue(manage(BlogApp.class, "migrate").out().endsWith("  No migrations to apply.\n"));
        assertEquals("blog\n [X] 0001_initial\n", manage(BlogApp.class, "showmigrations", "blog").out());
        assertTrue(manage(BlogApp.class, "sqlmigrate", "blog", "0001").out().contains("create table post ("));
    }

    @Test
    void deploymentScriptsWrittenForDjangoRunWithNoinput() {
        Run made = manage(BlogApp.class, "makemigrations", "--noinput");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("V0001__initial.sql"), made.out());
        Run migrated = manage(BlogApp.class, "migrate", "--noinput");
        assertEquals(0, migrated.exit(), migrated.err());
        assertTrue(migrated.out().contains("Applying blog.0001_initial... OK"), migrated.out());
        Run again = manage(BlogApp.class, "migrate", "--no-input");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().endsWith("  No migrations to apply.\n"), again.out());
        assertEquals(0, manage(BlogApp.class, "makemigrations", "blog", "--no-input").exit());
    }

    @Test
    void checkWarnsAboutUnappliedMigrationsAndUnmigratedModelChanges() {
        manage(BlogApp.class, "makemigrations");
        Run before = manage(BlogApp.class, "check");
        assertTrue(before.out().contains("(migrations.W001) You have 1 unapplied migration(s)."), before.out() + before.err());
        manage(BlogApp.class, "migrate");
        Run clean = manage(BlogApp.class, "check");
        assertFalse((clean.out() + clean.err()).contains("migrations.W"), clean.out() + clean.err());

        Run changed = manage(BlogV2App.class, "check");
        assertTrue(changed.out().contains("(migrations.W002) Your models in app 'blog' have changes that are not yet"
                + " reflected in a migration: Add column post.slug"), changed.out() + changed.err());
        assertTrue(changed.out().contains("Run `manage makemigrations blog`"), changed.out());
    }

    @Test
    void theCommandsAreThereWithoutAnyAppContributingThem() {
        // BlogApp lists models only: the commands and checks come from framework-orm being on the class path.
        Run help = manage(BlogApp.class, "help");
        for (String command : List.of("makemigrations", "migrate", "showmigrations", "sqlmigrate")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }
        Run tags = manage(BlogApp.class, "check", "--list-tags");
        assertTrue(tags.out().contains("migrations"), tags.out());
    }

    @Test
    void migrationsSeeTheTablesUnderTheNamesTheRunningSiteUses() {
        Map<String, Object> naming = Map.of("hibernate.physical_naming_strategy",
                dev.mosaic.orm.migrations.naming.PrefixedTables.class.getName());
        Run made = manage(BlogApp.class, naming, "makemigrations");
        assertTrue(made.out().contains("- Create table site_author\n"), made.out());
        assertEquals(0, manage(BlogApp.class, naming, "migrate").exit());
        // The site's SessionFactory, built with the same settings, finds the tables migrate made.
        try (var app = dev.mosaic.server.Application.start(settings(BlogApp.class, naming))) {
            var db = dev.mosaic.orm.Databases.of(app.apps()).orElseThrow().defaultDatabase();
            db.inTransaction(s -> s.createNativeMutationQuery("insert into site_author (name) values ('Ada')")
                    .executeUpdate());
            assertEquals(Long.valueOf(1), db.<Long>inSession(s -> s.createSelectionQuery("select count(a) from Author a", Long.class)
                    .getSingleResult()));
        }
        assertFalse(manage(BlogApp.class, naming, "check").out().contains("migrations.W"));
    }

    @Test
    void makemigrationsCheckAndDryRunWriteNothing() throws Exception {
        manage(BlogApp.class, "makemigrations");
        Run check = manage(BlogV2App.class, "makemigrations", "--check");
        assertEquals(1, check.exit());
        Run dry = manage(BlogV2App.class, "makemigrations", "--dry-run");
        assertEquals(0, dry.exit());
        assertTrue(dry.out().contains("alter table post add column slug varchar(50);"), dry.out());
        assertTrue(dry.out().endsWith("(dry run: nothing written)\n"), dry.out());
        try (var files = Files.list(tmp.resolve("blog"))) {
            assertEquals(List.of("V0001__initial.sql", "schema.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Run named = manage(BlogV2App.class, "makemigrations", "blog", "--name", "slugs");
        assertTrue(named.out().contains("V0002__slugs.sql"), named.out());
    }

    @Test
    void aPossibleRenameStopsMakemigrationsUntilTheDeveloperSaysWhichItIs() {
        manage(BlogApp.class, "makemigrations");
        Run refused = manage(BlogV5App.class, "makemigrations");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("--rename post.title=headline"), refused.err());
        assertTrue(refused.err().contains("--no-renames"), refused.err());
        Run renamed = manage(BlogV5App.class, "makemigrations", "--rename", "post.title=headline");
        assertEquals(0, renamed.exit(), renamed.err());
        assertTrue(renamed.out().contains("- Rename column post.title to headline"), renamed.out());
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : List.of("makemigrations", "migrate", "showmigrations", "sqlmigrate")) {
            Run help = manage(BlogApp.class, command, "--help");
            assertEquals(0, help.exit(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: manage " + command), help.out());
        }
        assertTrue(manage(BlogApp.class, "makemigrations", "--help").out().contains("--rename=<old=new>"));
    }

    @Test
    void mistakesAreNamed() {
        Run unknown = manage(BlogApp.class, "makemigrations", "blg");
        assertEquals(1, unknown.exit());
        assertEquals("No installed app with label 'blg'. Did you mean 'blog'?\n", unknown.err());
        Run missing = manage(BlogApp.class, "sqlmigrate", "blog", "0007");
        assertTrue(missing.err().contains("App 'blog' has no migration 0007."), missing.err());
        Run empty = manage(BlogApp.class, "makemigrations", "--empty");
        assertEquals(2, empty.exit());
        Run backwards = manage(BlogApp.class, "migrate", "blog", "x1");
        assertTrue(backwards.err().contains("'x1' is not a migration version"), backwards.err());
    }
}
