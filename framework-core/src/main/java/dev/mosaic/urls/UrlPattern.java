package dev.mosaic.urls;

import dev.mosaic.http.Handler;

import java.util.function.Supplier;

/**
 * One entry of a URL configuration: a {@link Route} to a view or an {@link Include} of more
 * patterns. Made by {@link Urls#path}, {@link Urls#rePath} and {@link Urls#include}; routes are
 * data, compiled once at start-up.
 */
public sealed interface UrlPattern permits UrlPattern.Route, UrlPattern.Include {

    /** The pattern text as written. */
    String pattern();

    /** True for {@code rePath} (a regular expression), false for {@code path} syntax. */
    boolean isRegex();

    /** A pattern that leads to a view. {@code name} may be null. */
    record Route(String pattern, boolean isRegex, Handler handler, String name)
            implements UrlPattern {
    }

    /**
     * A prefix under which the patterns of another URL configuration are mounted.
     * {@code namespace} is the instance namespace (null: the included conf's {@code appName}).
     */
    record Include(String pattern, boolean isRegex, Supplier<UrlConf> urlConf, String namespace)
            implements UrlPattern {
    }
}
