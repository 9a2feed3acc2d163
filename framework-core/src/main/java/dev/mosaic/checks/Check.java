package dev.mosaic.checks;

import dev.mosaic.server.Application;

import java.util.List;
import java.util.Set;

/**
 * A system check: inspects the started application and reports problems with stable ids.
 * Checks run for {@code manage check}, before {@code runserver} serves, and when a WAR starts.
 *
 * <pre>{@code
 * public List<Check> checks() {
 *     return List.of(app -> app.settings().contains("BLOG_TITLE") ? List.of()
 *             : List.of(CheckMessage.error("blog.E001", "BLOG_TITLE is not set.", "Add BLOG_TITLE to settings.yaml.")));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Check {
    List<CheckMessage> run(Application app);

    /**
     * The check's tags. A check tagged {@value Tags#DEPLOY} only runs for {@code manage check --deploy}:
     * it looks at settings that are fine in development and unsafe in production.
     */
    default Set<String> tags() {
        return Set.of();
    }

    /** {@code check} with {@code tags}: {@code Check.tagged(myCheck, Tags.DEPLOY)}. */
    static Check tagged(Check check, String... tags) {
        Set<String> t = Set.of(tags);
        return new Check() {
            @Override
            public List<CheckMessage> run(Application app) {
                return check.run(app);
            }

            @Override
            public Set<String> tags() {
                return t;
            }
        };
    }
}
