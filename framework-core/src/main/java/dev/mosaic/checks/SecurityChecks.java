package dev.mosaic.checks;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;

import java.util.List;

/** Settings that are convenient in development and unsafe in production; tagged "deploy". */
final class SecurityChecks {
    /** Shorter keys, or keys of few distinct characters, can be guessed. */
    static final int SECRET_KEY_MIN_LENGTH = 50;
    static final int SECRET_KEY_MIN_UNIQUE = 5;

    private SecurityChecks() {
    }

    /** security.W018 */
    static List<CheckMessage> debug(Application app) {
        if (!app.settings().debug()) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W018",
                "You should not have DEBUG set to true in deployment (it is set by "
                        + app.settings().origin("DEBUG") + ").",
                "Set DEBUG: false in the production profile (settings.prod.yaml) or with the environment."));
    }

    /** security.W009 */
    static List<CheckMessage> secretKey(Application app) {
        Settings s = app.settings();
        String key = s.secretKey() == null ? "" : s.secretKey();
        boolean weak = key.length() < SECRET_KEY_MIN_LENGTH
                || key.chars().distinct().count() < SECRET_KEY_MIN_UNIQUE
                || key.contains("insecure");
        if (!weak) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W009",
                "Your SECRET_KEY has less than " + SECRET_KEY_MIN_LENGTH + " characters, less than "
                        + SECRET_KEY_MIN_UNIQUE + " unique characters, or contains 'insecure'.",
                "Generate a long random value (e.g. `openssl rand -base64 48`) and pass it through the"
                        + " environment: SECRET_KEY: ${MOSAIC_SECRET_KEY}."));
    }

    /** security.W020 */
    static List<CheckMessage> allowedHosts(Application app) {
        if (!app.settings().allowedHosts().isEmpty()) {
            return List.of();
        }
        return List.of(CheckMessage.warning("security.W020",
                "ALLOWED_HOSTS must not be empty in deployment.",
                "List the host names the site is served under, e.g. ALLOWED_HOSTS: [www.example.com]."));
    }
}
