package dev.mosaic.urls;

import java.util.List;
import java.util.Map;

/**
 * A URL configuration (Django's {@code urls.py}): a list of patterns, optionally with an
 * application namespace for {@code reverse("blog:detail", ...)}.
 *
 * <pre>{@code
 * public final class BlogUrls implements UrlConf {
 *     public String appName() { return "blog"; }
 *     public List<UrlPattern> patterns() {
 *         return List.of(
 *             path("", BlogViews::index, "index"),
 *             path("<int:year>/<slug:slug>/", PostDetail::new, "detail"));
 *     }
 * }
 * }</pre>
 */
public interface UrlConf {
    List<UrlPattern> patterns();

    /** The application namespace of these patterns when included, or null for none. */
    default String appName() {
        return null;
    }

    /** Converters these patterns use beyond the built-ins and the apps' ones. */
    default Map<String, PathConverter<?>> converters() {
        return Map.of();
    }
}
