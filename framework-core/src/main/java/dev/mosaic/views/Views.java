package dev.mosaic.views;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decorators for function-based views (Django's {@code require_http_methods} family); import
 * statically: {@code path("vote/", requirePost(PollViews::vote), "vote")}. A request with any
 * other verb gets 405 with an {@code Allow} header, and the view is not called.
 */
public final class Views {
    private Views() {
    }

    /** Only GET. */
    public static Handler requireGet(Handler view) {
        return requireMethods(Set.of("GET"), view);
    }

    /** Only POST. */
    public static Handler requirePost(Handler view) {
        return requireMethods(Set.of("POST"), view);
    }

    /** Only the safe verbs GET and HEAD. */
    public static Handler requireSafe(Handler view) {
        return requireMethods(Set.of("GET", "HEAD"), view);
    }

    /** Only the given verbs (upper or lower case); the {@code Allow} header lists them sorted. */
    public static Handler requireMethods(Set<String> methods, Handler view) {
        Objects.requireNonNull(view, "view");
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("requireMethods needs at least one HTTP method, e.g. Set.of(\"GET\")");
        }
        Set<String> allowed = new TreeSet<>();
        for (String m : methods) {
            allowed.add(m.toUpperCase(Locale.ROOT));
        }
        return new MethodGuard(Set.copyOf(allowed), String.join(", ", allowed), view);
    }

    /**
     * Exempts a view from {@code CommonMiddleware}'s APPEND_SLASH redirect (Django's
     * {@code no_append_slash}): for a route such as {@code path("api/items/", ...)} whose
     * clients must not be redirected from {@code api/items}.
     */
    public static Handler noAppendSlash(Handler view) {
        return new NoAppendSlash(Objects.requireNonNull(view, "view"));
    }

    /** False for a view wrapped by {@link #noAppendSlash}; {@code CommonMiddleware} asks this. */
    public static boolean appendsSlash(Handler view) {
        return !(view instanceof NoAppendSlash);
    }

    /**
     * The {@code Allow} header a view earns, when Mosaic can tell: a class-based view's verbs,
     * or those of {@link #requireMethods} (and its shorthands); null for any other function view.
     * The framework uses it to answer TRACE and CONNECT, which no view is given.
     */
    public static String allowedMethods(Handler view) {
        Handler v = view instanceof NoAppendSlash n ? n.view() : view;
        if (v instanceof ViewHandler h) {
            return h.allowHeader();
        }
        if (v instanceof MethodGuard g) {
            return g.allowHeader();
        }
        return null;
    }

    private record NoAppendSlash(Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }
    }

    private record MethodGuard(Set<String> allowed, String allowHeader, Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            if (!allowed.contains(request.method())) {
                return Response.methodNotAllowed(allowHeader);
            }
            return view.handle(request);
        }
    }
}
