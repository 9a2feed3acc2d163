package dev.mosaic.orm.migrations;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.conf.Settings;
import dev.mosaic.orm.Databases;
import dev.mosaic.orm.internal.DatabaseConfig;
import dev.mosaic.server.Application;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter between a started project and the migration engine: the installed apps (in
 * INSTALLED_APPS order), the pooled {@link DataSource} the ORM opened for {@code DATABASES.default},
 * and the Hibernate settings its SessionFactory was built with (a naming strategy changes table
 * names, so makemigrations must see the models exactly as the running site does). The commands
 * and checks get their {@link Migrations} here and nowhere else.
 *
 * <pre>{@code
 * Migrations migrations = ProjectMigrations.of(application);
 * migrations.migrate(null, null);
 * }</pre>
 */
public final class ProjectMigrations {
    private ProjectMigrations() {
    }

    public static Migrations of(Application app) {
        Map<String, Object> dirs = app.settings().map("MIGRATION_DIRS");
        List<MigrationApp> apps = app.apps().all().stream().map(config -> migrationApp(config, dirs)).toList();
        return new Migrations(apps, dataSource(app), hibernateSettings(app.settings()));
    }

    private static MigrationApp migrationApp(AppConfig config, Map<String, Object> dirs) {
        Object dir = dirs.get(config.label());
        MigrationApp app = MigrationApp.of(config);
        return dir == null ? app : app.withDirectory(Path.of(String.valueOf(dir)).toAbsolutePath());
    }

    /**
     * The ORM's pool for {@code default}, or null when the project has no database (no models and
     * no DATABASES): makemigrations needs none.
     */
    static DataSource dataSource(Application app) {
        return Databases.of(app.apps()).map(d -> d.defaultDatabase().dataSource()).orElse(null);
    }

    /**
     * {@code DATABASES.default.HIBERNATE}, as the SessionFactory gets them, less schema generation:
     * migrations, not Hibernate, own the schema.
     */
    static Map<String, Object> hibernateSettings(Settings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        DatabaseConfig.all(settings).stream().filter(c -> c.alias().equals("default")).findFirst()
                .ifPresent(c -> c.hibernate().forEach((k, v) -> {
                    if (!DatabaseConfig.isSchemaGeneration(k)) {
                        out.put(k, v);
                    }
                }));
        return out;
    }
}
