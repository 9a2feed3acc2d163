package dev.mosaic.apps;

import dev.mosaic.checks.Check;
import dev.mosaic.urls.PathConverter;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A reusable app: what Django's {@code apps.py} declares. List the class in
 * {@code INSTALLED_APPS}; it needs a public no-argument constructor.
 *
 * <pre>{@code
 * public final class BlogApp implements AppConfig {
 *     public List<Class<?>> models() { return List.of(Post.class, Comment.class); }
 *     public void ready(Apps apps) { ... }
 * }
 * }</pre>
 *
 * <p>An app's templates live at {@code templates/<label>/} and its static files at
 * {@code static/<label>/} in its own jar; {@link #resource} finds them there. The label must be
 * an identifier (letters, digits, underscores) and unique in the project.
 */
public interface AppConfig {

    /** The app's full name, by default the package of its config class. */
    default String name() {
        return getClass().getPackageName();
    }

    /**
     * The short, unique label used in namespaces, template and static paths, and migrations.
     * By default the class's simple name without an {@code App} or {@code Config} suffix, in
     * lower case: {@code BlogApp} is {@code blog}.
     */
    default String label() {
        String simple = getClass().getSimpleName();
        for (String suffix : new String[] {"AppConfig", "Config", "App"}) {
            if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
                simple = simple.substring(0, simple.length() - suffix.length());
                break;
            }
        }
        return simple.toLowerCase(Locale.ROOT);
    }

    /** A human-readable name, for the admin and messages. */
    default String verboseName() {
        String l = label();
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** The app's models (JPA entity classes), registered by the ORM at start-up. */
    default List<Class<?>> models() {
        return List.of();
    }

    /**
     * Management commands the app adds to {@code manage}: picocli {@code @Command}-annotated
     * objects, {@code Callable<Integer>} returning the exit code.
     */
    default List<Callable<Integer>> commands() {
        return List.of();
    }

    /** System checks the app adds to {@code manage check} and start-up. */
    default List<Check> checks() {
        return List.of();
    }

    /** Path converters the app registers for {@code path()} patterns, by name. */
    default Map<String, PathConverter<?>> converters() {
        return Map.of();
    }

    /** Called once, after every app's config and models are loaded, in INSTALLED_APPS order. */
    default void ready(Apps apps) {
    }

    /** Where the app's templates live in its jar: {@code templates/<label>/}. */
    default String templatesPrefix() {
        return "templates/" + label() + "/";
    }

    /** Where the app's static files live in its jar: {@code static/<label>/}. */
    default String staticPrefix() {
        return "static/" + label() + "/";
    }

    /**
     * A resource from this app's own jar (or classes directory), by its path from the jar's root,
     * e.g. {@code resource(templatesPrefix() + "index.html")}; empty when this app does not ship it,
     * even if another jar on the classpath does.
     */
    default Optional<URL> resource(String path) {
        return AppResources.find(getClass(), path);
    }
}
