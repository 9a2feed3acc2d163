package dev.mosaic.middleware;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.internal.CsrfPolicy;
import dev.mosaic.middleware.internal.CsrfState;
import dev.mosaic.server.Application;
import dev.mosaic.views.WrappedView;

import java.util.Objects;

/**
 * CSRF protection for views and templates (Django's {@code get_token}, {@code rotate_token},
 * {@code csrf_exempt}, {@code csrf_protect}, {@code ensure_csrf_cookie}).
 *
 * <pre>{@code
 * // a form: the hidden field carries a fresh masked token; the response sets the cookie
 * String form = "<form method=post>" + Csrf.hiddenInput(request) + "...</form>";
 * // JavaScript: fetch(url, {method: "POST", headers: {"X-CSRFToken": token}})
 * path("webhooks/stripe/", Csrf.exempt(Hooks::stripe), "stripe")   // checked by its own signature
 * }</pre>
 *
 * Exemption is seen only on the view a route names: wrap outermost, e.g.
 * {@code Csrf.exempt(Views.requirePost(view))}.
 */
public final class Csrf {
    /** The form field that carries the token, as in Django. */
    public static final String FORM_FIELD = "csrfmiddlewaretoken";

    private Csrf() {
    }

    /**
     * The token for a form or a script: the request's secret masked with a fresh mask (64
     * characters; different on every call, all valid). Marks the response to (re)set the
     * {@code csrftoken} cookie, so call it from any view that renders a form.
     */
    public static String token(Request request) {
        return CsrfState.of(request).token();
    }

    /** {@code <input type="hidden" name="csrfmiddlewaretoken" value="...">} for a POST form. */
    public static String hiddenInput(Request request) {
        // The token is [a-zA-Z0-9] only, so it needs no escaping.
        return "<input type=\"hidden\" name=\"" + FORM_FIELD + "\" value=\"" + token(request) + "\">";
    }

    /**
     * Replaces the secret (and so every token issued before) and sends the new cookie with this
     * response. Call it on login, as Django's {@code login()} does, so that a token planted
     * before login is worthless after it.
     */
    public static void rotate(Request request) {
        CsrfState.of(request).rotate();
    }

    /** Why the request failed the check, for a {@code CSRF_FAILURE_VIEW}; null when it did not. */
    public static String failureReason(Request request) {
        return request.attribute(CsrfState.REASON);
    }

    /** The view, never checked by {@link CsrfMiddleware} (webhooks, APIs with their own authentication). */
    public static Handler exempt(Handler view) {
        return new Exempt(Objects.requireNonNull(view, "view"));
    }

    /** True for a view wrapped by {@link #exempt}. */
    public static boolean isExempt(Handler view) {
        return view instanceof Exempt;
    }

    /**
     * The view, checked as {@link CsrfMiddleware} would check it, whether or not the middleware
     * is installed (Django's {@code csrf_protect}); with the middleware, the check runs once.
     */
    public static Handler protect(Handler view) {
        return new Protected(Objects.requireNonNull(view, "view"));
    }

    /**
     * The view, whose response always sets the CSRF cookie even when it renders no form
     * (Django's {@code ensure_csrf_cookie}): for pages whose scripts POST with the cookie's value.
     */
    public static Handler ensureCookie(Handler view) {
        Objects.requireNonNull(view, "view");
        return new WrappedView() {
            @Override
            public Response handle(Request request) throws Exception {
                token(request);
                return view.handle(request);
            }

            @Override
            public Handler view() {
                return view;
            }
        };
    }

    private record Exempt(Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }
    }

    /** Builds its policy from the first application that calls it, once (tests may run several). */
    private static final class Protected implements WrappedView {
        private record Bound(Application app, CsrfPolicy policy) {
        }

        private final Handler view;
        private volatile Bound bound;

        Protected(Handler view) {
            this.view = view;
        }

        @Override
        public Handler view() {
            return view;
        }

        @Override
        public Response handle(Request request) throws Exception {
            CsrfPolicy policy = policy(request.app());
            policy.processRequest(request);
            String reason = policy.check(request);
            Response response = reason == null ? view.handle(request) : policy.reject(request, reason);
            return policy.processResponse(request, response);
        }

        private CsrfPolicy policy(Application app) {
            Bound b = bound;
            if (b == null || b.app() != app) {
                b = new Bound(app, new CsrfPolicy(app.settings()));
                bound = b;
            }
            return b.policy();
        }
    }
}
