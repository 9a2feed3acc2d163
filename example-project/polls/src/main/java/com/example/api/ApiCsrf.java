package com.example.api;

import dev.mosaic.http.Cookie;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.Csrf;
import dev.mosaic.views.WrappedView;

import java.util.Map;

/**
 * CSRF protection for the API's views. Its writes are authenticated by the session cookie, so
 * a page on another site could make a logged-in visitor's browser send them: every POST, PUT,
 * PATCH and DELETE must carry the token, as for any form of the site. The check is the
 * framework's own ({@link Csrf#protect}, the same algorithm and reasons as {@code
 * CsrfMiddleware}), run by the view rather than the middleware only so that a refusal answers
 * in the API's format, {@code {"error": "CSRF verification failed. Request aborted. CSRF token
 * missing."}}, instead of the site's HTML 403 page.
 */
final class ApiCsrf {
    static final String FAILED = "CSRF verification failed. Request aborted. ";

    private ApiCsrf() {
    }

    /**
     * {@code view}, checked for CSRF whether or not the project lists {@code CsrfMiddleware};
     * the middleware is told to leave it alone so the check runs once. Built once per route.
     */
    static Handler protect(Handler view) {
        return Csrf.exempt(new JsonRefusal(Csrf.protect(view)));
    }

    /** Calls the checked view; a {@link WrappedView}, so that showurls names the view inside. */
    private record JsonRefusal(Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            Response response = view.handle(request);
            String reason = Csrf.failureReason(request);
            return reason == null ? response : refusal(response, reason);
        }
    }

    /** The JSON 403, keeping the cookie and {@code Vary} the check may have set (a replaced bad cookie). */
    private static Response refusal(Response page, String reason) {
        Response json = ApiJson.error(403, FAILED + reason);
        for (Cookie cookie : page.cookies()) {
            json.cookie(cookie);
        }
        String vary = page.header("Vary");
        return vary == null ? json : json.header("Vary", vary);
    }

    /**
     * {@code GET}: {@code {"csrfToken": "..."}}, and the response sets the {@code csrftoken}
     * cookie: what a script sends back in {@code X-CSRFToken}. Fetch it again after logging in,
     * which replaces the secret.
     */
    static Response token(Request request) {
        return ApiJson.json(200, Map.of("csrfToken", Csrf.token(request)))
                .header("Cache-Control", "no-store");
    }
}
