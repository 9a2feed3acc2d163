package dev.mosaic.orm.migrations;

import dev.mosaic.conf.Settings;
import dev.mosaic.management.Manage;
import dev.mosaic.orm.migrations.apps.JournalApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * makemigrations reads and writes the app's source folder, never the copy a build left on the
 * class path (the "journal" app's v1 migrations are in test resources, as in target/classes).
 */
class MakemigrationsSourceFolderTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    Run manage(Class<?> app, String... args) {
        Settings settings = Settings.of(Map.of(
                "INSTALLED_APPS", List.of(app.getName()),
                "DATABASES", Map.of("default", Map.of("URL", "jdbc:h2:mem:journal" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "USER", "sa")),
                "MIGRATION_DIRS", Map.of("journal", tmp.resolve("journal").toString()),
                "MIDDLEWARE", List.of()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Manage.run(settings, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The source folder as it was when the build copied it: the v1 migration and its snapshot. */
    Path sourceAsBuilt() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("journal"));
        for (String file : List.of("V0001__initial.sql", "schema.json")) {
            try (InputStream in = getClass().getResourceAsStream("/journal/migrations/" + file)) {
                Files.copy(in, source.resolve(file));
            }
        }
        return source;
    }

    @Test
    void aModelChangedAfterAnUnbuiltMigrationIsComparedWithTheSourceFolderNotTheOlderClassPathCopy() throws Exception {
        Path source = sourceAsBuilt();
        Run second = manage(JournalApps.V2.class, "makemigrations");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("V0002__"), second.out());

        // target/classes still holds 0001 only; the models changed again. Slug is only in 0002,
        // so only a comparison with the source folder sees it go.
        Run third = manage(JournalApps.V3.class, "makemigrations", "--no-renames");
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.out().startsWith("Migrations for 'journal':\n  " + source.resolve("V0003__auto_4_changes.sql") + "\n"
                + "    - Drop constraint uk_post_slug on post\n"
                + "    - Drop index post_title_slug_idx on post\n"
                + "    - Add column post.likes\n"
                + "    - Alter column post.body (not null)\n"
                + "    - Alter column post.title (type varchar(200) -> varchar(300))\n"
                + "    - Remove column post.slug\n"), third.out());
        try (var files = Files.list(source)) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".sql")).count());
        }
        assertEquals("No changes detected\n", manage(JournalApps.V3.class, "makemigrations").out());
    }

    @Test
    void noSourceFolderButACopyOnTheClassPathStopsMakemigrationsNamingBothAndTheFix() {
        Path source = tmp.resolve("journal");
        Run run = manage(JournalApps.V3.class, "makemigrations");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("App 'journal' has no migrations folder " + source + ", yet the class path has"
                + " its migrations ("), run.err());
        assertTrue(run.err().contains("journal/migrations/schema.json), from an earlier build or another folder"), run.err());
        assertTrue(run.err().contains("delete the build's copy too (mvn clean)"), run.err());
        assertTrue(run.err().contains("set MIGRATION_DIRS: { journal: <that folder> }"), run.err());
        assertFalse(Files.exists(source), "nothing written next to the wrong history");
    }

    @Test
    void classesOutsideAMavenLayoutStopMakemigrationsAskingForMigrationDirs() throws Exception {
        Path ideOutput = Files.createDirectories(tmp.resolve("out/production/journal"));
        MigrationApp app = new MigrationApp("journal", new JournalApps.V3().models(), null, ideOutput);
        Migrations migrations = new Migrations(List.of(app), null);
        MigrationException e = assertThrows(MigrationException.class, () -> migrations.makeMigrations(MakeOptions.all()));
        assertTrue(e.getMessage().startsWith("App 'journal' is compiled to " + ideOutput + ", which is not a Maven module's"
                + " target/classes or target/test-classes"), e.getMessage());
        assertTrue(e.getMessage().contains("MIGRATION_DIRS: { journal: <module>/src/main/resources/journal/migrations }"),
                e.getMessage());
    }

    @Test
    void theSourceFolderOfAnAppInTargetClassesIsItsModulesSrcMainResources() {
        Path module = tmp.resolve("blog");
        assertEquals(module.resolve("src/main/resources/blog/migrations"),
                MigrationApp.sourceDirectory(createDirectories(module.resolve("target/classes")), "blog"));
        assertEquals(module.resolve("src/test/resources/blog/migrations"),
                MigrationApp.sourceDirectory(createDirectories(module.resolve("target/test-classes")), "blog"));
        assertEquals(null, MigrationApp.sourceDirectory(createDirectories(module.resolve("build/classes")), "blog"));
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
