package com.example.api;

import dev.mosaic.contrib.auth.Permission;
import dev.mosaic.contrib.auth.PermissionSync;
import dev.mosaic.contrib.auth.User;
import dev.mosaic.test.Client;

import java.util.Map;

/** Users of the API's tests, made in the test's transaction, and their login through the real login view. */
final class Writers {
    static final String PASSWORD = "a-long-test-password-42";

    private Writers() {
    }

    /** A user who may create questions ({@code polls.add_question}). */
    static User editor(Client client) {
        User user = User.createUser("editor", "editor@example.com", PASSWORD);
        PermissionSync.run(client.application().apps());
        user.grant(Permission.objects.filter("contentType", "polls.question").filter("codename", "add_question").get());
        return user;
    }

    /** A user with no permission. */
    static User reader() {
        return User.createUser("reader", "reader@example.com", PASSWORD);
    }

    /** Logs the client in; with CSRF enforced, the form carries {@code token} (from {@code GET /api/csrf/}). */
    static void logIn(Client client, User user, String token) {
        client.post("/accounts/login/", Map.of("username", user.username, "password", PASSWORD,
                "csrfmiddlewaretoken", token)).assertStatus(302);
    }

    static void logIn(Client client, User user) {
        logIn(client, user, "");
    }

    /** The token a script gets from {@code GET /api/csrf/}; the client keeps the cookie it sets. */
    static String csrfToken(Client client) {
        return client.get("/api/csrf/").assertStatus(200).json().get("csrfToken").asString();
    }
}
