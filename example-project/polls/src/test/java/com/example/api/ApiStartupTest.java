package com.example.api;

import com.example.polls.PollsApp;
import dev.mosaic.checks.CheckMessage;
import dev.mosaic.checks.Checks;
import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.contrib.auth.AuthApp;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the API needs from the project it is installed in, said at start-up with the fix. */
class ApiStartupTest {
    private static Settings project(List<String> middleware, String... apps) {
        return Settings.of(Map.of("SECRET_KEY", "api-startup-test-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHI",
                "DATABASES", Map.of("default", Map.of("URL", "jdbc:h2:mem:api-startup-" + System.nanoTime())),
                "MIDDLEWARE", middleware, "INSTALLED_APPS", List.of(apps)));
    }

    @Test
    void withoutTheAuthAppStartUpFailsNamingTheFix() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> Application.start(
                project(List.of(), PollsApp.class.getName(), ApiApp.class.getName())));
        assertEquals("The api app lets only users with the permission polls.add_question create questions, and the"
                + " auth app, which knows the users, is not installed. Add dev.mosaic.contrib.auth.AuthApp to"
                + " INSTALLED_APPS and dev.mosaic.contrib.auth.AuthenticationMiddleware to MIDDLEWARE.", e.getMessage());
    }

    @Test
    void withoutTheAuthenticationMiddlewareTheChecksReportApiE001() {
        String sessions = "dev.mosaic.contrib.sessions.SessionMiddleware";
        try (Application without = Application.start(project(List.of(sessions), AuthApp.class.getName(),
                PollsApp.class.getName(), ApiApp.class.getName()))) {
            assertEquals(List.of(CheckMessage.error("api.E001", "The api app needs " + ApiApp.AUTH_MIDDLEWARE
                    + " in MIDDLEWARE to know who is creating a question.", "Add it to MIDDLEWARE, after " + sessions
                    + ".")), apiFindings(without));
        }
        try (Application with = Application.start(project(List.of(sessions, ApiApp.AUTH_MIDDLEWARE),
                AuthApp.class.getName(), PollsApp.class.getName(), ApiApp.class.getName()))) {
            assertEquals(List.of(), apiFindings(with));
        }
    }

    private static List<CheckMessage> apiFindings(Application app) {
        return Checks.run(app, false).stream().filter(m -> m.id().startsWith("api.")).toList();
    }
}
