package com.example.accounts;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.apps.Apps;
import dev.mosaic.conf.ImproperlyConfigured;

import java.util.List;

/**
 * Accounts: sign-up, a {@link Profile} for each of {@code dev.mosaic.contrib.auth}'s users, the
 * member's own page and the public member pages. Label {@code accounts}; migrations in
 * {@code accounts/migrations/}, templates under {@code templates/accounts/} (decorating the
 * project's {@code base.html}), styles in {@code static/accounts/}.
 *
 * <pre>{@code
 * INSTALLED_APPS: [dev.mosaic.contrib.auth.AuthApp, com.example.accounts.AccountsApp]
 * path("accounts/", include(AuthUrls.class)),
 * path("accounts/", include(AccountsUrls.class)),      // namespace "accounts"
 * }</pre>
 */
public final class AccountsApp implements AppConfig {
    @Override
    public List<Class<?>> models() {
        return List.of(Profile.class);
    }

    @Override
    public void ready(Apps apps) {
        if (!apps.isInstalled("auth")) {
            throw new ImproperlyConfigured("The accounts app signs up users of dev.mosaic.contrib.auth, which is not"
                    + " installed. Fix: add dev.mosaic.contrib.auth.AuthApp to INSTALLED_APPS.");
        }
    }
}
