package dev.mosaic.urls;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.http.Handler;
import dev.mosaic.views.View;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The functions a URL configuration is written with; import them statically:
 * {@code import static dev.mosaic.urls.Urls.*;}
 */
public final class Urls {
    private Urls() {
    }

    /** A route to a function-based view (any {@code Response name(Request)} method). */
    public static UrlPattern path(String route, Handler view, String name) {
        return new UrlPattern.Route(checkRoute(route), false, Objects.requireNonNull(view, "view"), name);
    }

    /** An unnamed route to a function-based view. */
    public static UrlPattern path(String route, Handler view) {
        return path(route, view, null);
    }

    /** A route to a class-based view; {@code factory} makes a fresh instance per request. */
    public static UrlPattern path(String route, Supplier<? extends View> factory, String name) {
        return new UrlPattern.Route(checkRoute(route), false, View.asView(factory), name);
    }

    public static UrlPattern path(String route, Supplier<? extends View> factory) {
        return path(route, factory, null);
    }

    /** Mounts included patterns under {@code prefix}: {@code path("blog/", include(BlogUrls.class))}. */
    public static UrlPattern path(String prefix, UrlPattern.Include included) {
        return new UrlPattern.Include(checkRoute(prefix), false, included.urlConf(), included.namespace());
    }

    /** A route given as a regular expression; named groups become keyword arguments. */
    public static UrlPattern rePath(String regex, Handler view, String name) {
        return new UrlPattern.Route(Objects.requireNonNull(regex, "regex"), true,
                Objects.requireNonNull(view, "view"), name);
    }

    public static UrlPattern rePath(String regex, Handler view) {
        return rePath(regex, view, null);
    }

    public static UrlPattern rePath(String regex, Supplier<? extends View> factory, String name) {
        return new UrlPattern.Route(Objects.requireNonNull(regex, "regex"), true, View.asView(factory), name);
    }

    public static UrlPattern rePath(String regex, UrlPattern.Include included) {
        return new UrlPattern.Include(Objects.requireNonNull(regex, "regex"), true, included.urlConf(),
                included.namespace());
    }

    /** The patterns of {@code urlConf}, in its application namespace (if it has one). */
    public static UrlPattern.Include include(UrlConf urlConf) {
        Objects.requireNonNull(urlConf, "urlConf");
        return new UrlPattern.Include("", false, () -> urlConf, null);
    }

    /** Like {@link #include(UrlConf)} with an instance namespace other than the app's name. */
    public static UrlPattern.Include include(UrlConf urlConf, String namespace) {
        Objects.requireNonNull(urlConf, "urlConf");
        return new UrlPattern.Include("", false, () -> urlConf, namespace);
    }

    /** The patterns of a URL configuration class (instantiated once, at start-up). */
    public static UrlPattern.Include include(Class<? extends UrlConf> urlConfClass) {
        return new UrlPattern.Include("", false, () -> instantiate(urlConfClass), null);
    }

    public static UrlPattern.Include include(Class<? extends UrlConf> urlConfClass, String namespace) {
        return new UrlPattern.Include("", false, () -> instantiate(urlConfClass), namespace);
    }

    /** A plain list of patterns with no namespace. */
    public static UrlPattern.Include include(List<UrlPattern> patterns) {
        List<UrlPattern> copy = List.copyOf(patterns);
        return new UrlPattern.Include("", false, () -> () -> copy, null);
    }

    static UrlConf instantiate(Class<? extends UrlConf> c) {
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Cannot create URL configuration " + c.getName()
                    + ": it needs a public no-argument constructor (" + e + ")", e);
        }
    }

    private static String checkRoute(String route) {
        Objects.requireNonNull(route, "route");
        return route;
    }
}
