package com.example.api;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.apps.Apps;
import dev.mosaic.checks.Check;
import dev.mosaic.checks.CheckMessage;
import dev.mosaic.conf.ImproperlyConfigured;

import java.util.List;

/**
 * A JSON API over the polls app's questions. Label {@code api}. It needs the polls app, and the
 * auth app for who may write (users and permissions, the session login).
 */
public final class ApiApp implements AppConfig {
    static final String AUTH_MIDDLEWARE = "dev.mosaic.contrib.auth.AuthenticationMiddleware";

    @Override
    public void ready(Apps apps) {
        if (!apps.isInstalled("polls")) {
            throw new ImproperlyConfigured("The api app serves the questions of the polls app, which is not installed."
                    + " Add com.example.polls.PollsApp to INSTALLED_APPS.");
        }
        if (!apps.isInstalled("auth")) {
            throw new ImproperlyConfigured("The api app lets only users with the permission polls.add_question create"
                    + " questions, and the auth app, which knows the users, is not installed. Add"
                    + " dev.mosaic.contrib.auth.AuthApp to INSTALLED_APPS and " + AUTH_MIDDLEWARE + " to MIDDLEWARE.");
        }
    }

    /** {@code api.E001}: without the middleware, every request that asks who the user is would fail. */
    @Override
    public List<Check> checks() {
        return List.of(app -> app.settings().middleware().contains(AUTH_MIDDLEWARE) ? List.of()
                : List.of(CheckMessage.error("api.E001", "The api app needs " + AUTH_MIDDLEWARE + " in MIDDLEWARE"
                        + " to know who is creating a question.", "Add it to MIDDLEWARE, after"
                        + " dev.mosaic.contrib.sessions.SessionMiddleware.")));
    }
}
