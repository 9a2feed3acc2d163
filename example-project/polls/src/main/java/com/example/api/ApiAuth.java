package com.example.api;

import dev.mosaic.http.Request;
import dev.mosaic.http.RequestUser;
import dev.mosaic.http.Response;

/**
 * Who may write through the API. A client authenticates as a browser does, with the session
 * cookie of {@code /accounts/login/} (the auth app's login view); the API answers instead of
 * redirecting to that HTML page: 401 for nobody logged in, 403 for a user without the
 * permission. (No {@code WWW-Authenticate} header goes with the 401: a session is no HTTP
 * authentication scheme a client could answer a challenge with.)
 */
final class ApiAuth {
    static final String LOGIN_REQUIRED = "Authentication required: log in first (the API uses the session cookie).";

    private ApiAuth() {
    }

    /** Null when the request's user holds {@code permission} ({@code "polls.add_question"}); else the refusal. */
    static Response denied(Request request, String permission) {
        RequestUser user = request.user();
        if (user.hasPerm(permission)) {
            return null;
        }
        if (!user.isAuthenticated()) {
            return ApiJson.error(401, LOGIN_REQUIRED);
        }
        return ApiJson.error(403, "You do not have the permission " + permission + ".");
    }
}
