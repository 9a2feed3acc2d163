package dev.mosaic.orm.migrations;

import dev.mosaic.apps.AppConfig;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * What the migration engine needs to know about one app: its label, its models, the directory
 * of its source tree that holds its migrations ({@code src/main/resources/<label>/migrations},
 * null when the app comes from a jar and cannot be written to), and where its classes were
 * loaded from ({@code classes}: a folder or a jar, null when unknown), so that makemigrations can
 * say why it cannot write. Migrations are read from {@code directory} when it exists (so
 * {@code migrate} sees a migration just made, without a rebuild), else from the class path at
 * {@code <label>/migrations}.
 *
 * <pre>{@code
 * MigrationApp blog = MigrationApp.of(new BlogApp());
 * MigrationApp inTest = new MigrationApp("blog", List.of(Post.class), tempDir.resolve("blog/migrations"));
 * }</pre>
 */
public record MigrationApp(String label, List<Class<?>> models, Path directory, Path classes) {

    public MigrationApp {
        models = List.copyOf(models);
    }

    /** An app whose migrations are in {@code directory} (null: on the class path only). */
    public MigrationApp(String label, List<Class<?>> models, Path directory) {
        this(label, models, directory, null);
    }

    /** The app's label and models, and its source tree's migrations directory when it has one. */
    public static MigrationApp of(AppConfig app) {
        Path classes = classesLocation(app.getClass());
        return new MigrationApp(app.label(), app.models(), sourceDirectory(classes, app.label()), classes);
    }

    /** The same app with its migrations in {@code dir} instead ({@code MIGRATION_DIRS}). */
    public MigrationApp withDirectory(Path dir) {
        return new MigrationApp(label, models, dir, classes);
    }

    /** The class path folder its migrations ship in: {@code <label>/migrations}. */
    public String resourceFolder() {
        return label + "/migrations";
    }

    /** Whether migrations are read from {@link #directory()} rather than the class path. */
    public boolean readsFromDirectory() {
        return directory != null && Files.isDirectory(directory);
    }

    /** The folder or jar {@code appClass} was loaded from, or null when the JVM does not say. */
    static Path classesLocation(Class<?> appClass) {
        CodeSource source = appClass.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code <module>/src/main/resources/<label>/migrations} for classes compiled to
     * {@code <module>/target/classes} (the Maven layout), {@code src/test/resources} for
     * {@code target/test-classes}; null for a jar or another layout.
     */
    static Path sourceDirectory(Path classes, String label) {
        if (classes == null || !Files.isDirectory(classes) || classes.getParent() == null
                || !"target".equals(String.valueOf(classes.getParent().getFileName()))) {
            return null;
        }
        String set = switch (String.valueOf(classes.getFileName())) {
            case "classes" -> "main";
            case "test-classes" -> "test";
            default -> null;
        };
        if (set == null) {
            return null;
        }
        Path module = classes.getParent().getParent();
        return module.resolve("src").resolve(set).resolve("resources").resolve(label).resolve("migrations");
    }
}
