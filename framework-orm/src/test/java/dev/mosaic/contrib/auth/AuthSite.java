package dev.mosaic.contrib.auth;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Response;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.orm.migrations.ProjectMigrations;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;

/** A small site with the auth app on a fresh database migrated with the app's own migrations. */
final class AuthSite {
    static final String SESSION_MW = "dev.mosaic.contrib.sessions.SessionMiddleware";
    static final String CSRF_MW = "dev.mosaic.middleware.CsrfMiddleware";
    private static final Pattern TOKEN = Pattern.compile("csrf=\\[([A-Za-z0-9]+)]");

    public static class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("accounts/", include(AuthUrls.class)),
                    path("whoami/", r -> Response.text("user=" + r.user().username() + " auth="
                            + r.user().isAuthenticated()), "whoami"),
                    path("visit/", r -> {
                        r.session().put("visited", true);
                        return Response.text("visited");
                    }, "visit"),
                    path("drafts/", Auth.loginRequired(r -> Response.text("drafts of " + r.user().username())),
                            "drafts"),
                    path("posts/new/", Auth.permissionRequired("blog.add_post", r -> Response.text("new post form")),
                            "new-post"),
                    path("open/", Auth.loginNotRequired(r -> Response.text("open to all")), "open"),
                    path("accounts/profile/", r -> Response.text("profile"), "profile"));
        }
    }

    static Map<String, Object> settings(String dbUrl, List<String> middleware, Map<String, Object> extra) {
        Map<String, Object> s = new HashMap<>();
        s.put("INSTALLED_APPS", List.of(AuthApp.class.getName(), BlogApp.class.getName()));
        s.put("DATABASES", Map.of("default", Map.of("URL", dbUrl, "USER", "sa", "PASSWORD", "",
                "OPTIONS", Map.of("MAX_POOL_SIZE", 4, "MIN_IDLE", 0))));
        s.put("ROOT_URLCONF", Urls.class.getName());
        s.put("MIDDLEWARE", middleware);
        s.put("TEMPLATES", Map.of("BACKEND", AuthTemplates.class.getName()));
        s.put("SECRET_KEY", "auth-tests-Zq8wN3vR6tY1uI4oP7aS0dF2gH5jK9lX-cV3bN6mQ8wE1rT4yU7");
        s.put("DEBUG", true);
        s.put("PASSWORD_HASHERS", List.of(FastHasher.class.getName()));
        s.putAll(extra);
        return s;
    }

    static String h2Url() {
        return "jdbc:h2:mem:auth" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + ";DB_CLOSE_DELAY=-1";
    }

    /** Starts the site and applies the auth app's shipped migrations and the permissions. */
    static Client start(Map<String, Object> settings) {
        return start(settings, "");
    }

    /** The same, mounted at {@code contextPath} as a WAR deployed under that name is. */
    static Client start(Map<String, Object> settings, String contextPath) {
        Client client = Client.of(Settings.of(settings), contextPath);
        ProjectMigrations.of(client.application()).migrate("auth", null);
        PermissionSync.run(client.application().apps());
        return client;
    }

    static String token(TestResponse page) {
        Matcher m = TOKEN.matcher(page.text());
        if (!m.find()) {
            throw new AssertionError("no csrf token in " + page.text());
        }
        return m.group(1);
    }

    private AuthSite() {
    }
}
