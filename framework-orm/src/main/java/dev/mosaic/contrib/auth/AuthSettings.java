package dev.mosaic.contrib.auth;

import dev.mosaic.conf.SettingDefinition;
import dev.mosaic.conf.SettingsDefinitions;

import java.util.List;
import java.util.Map;

/** The auth app's settings; see docs/auth.md and docs/settings.md. */
public final class AuthSettings implements SettingsDefinitions {
    static final String PBKDF2 = "dev.mosaic.contrib.auth.hashers.PBKDF2PasswordHasher";
    static final String VALIDATION = "dev.mosaic.contrib.auth.validation.";

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                SettingDefinition.string("LOGIN_URL", "/accounts/login/",
                        "Where loginRequired and LoginRequiredMiddleware send anonymous visitors (with ?next=): a"
                                + " path of the site (the context path is added), a URL name, or an absolute URL."),
                SettingDefinition.string("LOGIN_REDIRECT_URL", "/accounts/profile/",
                        "Where the login view goes after a login without a safe next= target (path, URL name or URL)."),
                SettingDefinition.string("LOGOUT_REDIRECT_URL", "",
                        "Where the logout view goes (path, URL name or URL); empty renders registration/logged_out.html."),
                SettingDefinition.classList("PASSWORD_HASHERS", List.of(PBKDF2),
                        "dev.mosaic.contrib.auth.hashers.PasswordHasher",
                        "Password hashers; the first hashes new passwords, all verify (older hashes are upgraded at login)."),
                SettingDefinition.classList("AUTH_PASSWORD_VALIDATORS", List.of(VALIDATION
                                + "UserAttributeSimilarityValidator", VALIDATION + "MinimumLengthValidator",
                                VALIDATION + "CommonPasswordValidator", VALIDATION + "NumericPasswordValidator"),
                        "dev.mosaic.contrib.auth.validation.PasswordValidator",
                        "Rules a new password must pass in the password views and commands."),
                SettingDefinition.map("AUTH_PASSWORD_VALIDATOR_OPTIONS", Map.of(),
                        "Options per validator class (full or simple name), e.g. {MinimumLengthValidator: {min_length: 12}}."),
                SettingDefinition.integer("LOGIN_THROTTLE_USERNAME_FAILURES", 5,
                        "Failed logins for one username within LOGIN_THROTTLE_WINDOW before 429; 0 turns it off."),
                SettingDefinition.integer("LOGIN_THROTTLE_ADDRESS_FAILURES", 20,
                        "Failed logins from one client address within LOGIN_THROTTLE_WINDOW before 429; 0 turns it off."),
                SettingDefinition.integer("LOGIN_THROTTLE_WINDOW", 900,
                        "Seconds over which failed logins are counted (and the longest Retry-After)."));
    }
}
