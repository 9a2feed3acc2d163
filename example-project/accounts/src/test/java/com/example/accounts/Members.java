package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.test.Client;

import java.util.Map;

/** Members for the tests: made directly, logged in through the login form. */
final class Members {
    static final String PASSWORD = "Long-enough-pass-1";

    private Members() {
    }

    /** A user with a profile, as sign-up makes them. */
    static Profile member(String username) {
        return Profile.objects.create(new Profile(User.createUser(username, username + "@example.com", PASSWORD)));
    }

    static Client logIn(Client client, String username) {
        client.post("/accounts/login/", Map.of("username", username, "password", PASSWORD)).assertStatus(302);
        return client;
    }
}
