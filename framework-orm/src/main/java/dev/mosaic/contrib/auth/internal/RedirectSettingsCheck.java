package dev.mosaic.contrib.auth.internal;

import dev.mosaic.checks.CheckMessage;
import dev.mosaic.server.Application;
import dev.mosaic.urls.NoReverseMatch;

import java.util.ArrayList;
import java.util.List;

/**
 * auth.E001: LOGIN_URL, LOGIN_REDIRECT_URL or LOGOUT_REDIRECT_URL names a URL that does not
 * reverse, which would otherwise be a 500 at the first redirect to it.
 */
public final class RedirectSettingsCheck {
    private static final List<String> KEYS = List.of("LOGIN_URL", "LOGIN_REDIRECT_URL", "LOGOUT_REDIRECT_URL");

    private RedirectSettingsCheck() {
    }

    public static List<CheckMessage> run(Application app) {
        List<CheckMessage> found = new ArrayList<>(1);
        for (String key : KEYS) {
            String value = app.settings().string(key);
            if (value == null || !LoginRedirect.isUrlName(value)) {
                continue;
            }
            try {
                app.urls().reverse(value);
            } catch (NoReverseMatch e) {
                found.add(CheckMessage.error("auth.E001", key + " (from " + app.settings().origin(key) + ") is '"
                        + value + "', which is not a path (it does not start with '/') and not the name of a URL"
                        + " without arguments: " + e.getMessage(),
                        "Name a route of ROOT_URLCONF (" + key + ": login, or accounts:profile), or write a path of"
                                + " the site (" + key + ": /accounts/login/; the context path is added) or an"
                                + " absolute URL (https://...)."));
            }
        }
        return found;
    }
}
