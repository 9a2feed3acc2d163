package dev.mosaic.contrib.auth;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.checks.Check;
import dev.mosaic.contrib.auth.internal.RedirectSettingsCheck;
import dev.mosaic.contrib.auth.management.ChangepasswordCommand;
import dev.mosaic.contrib.auth.management.CreatesuperuserCommand;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The auth app (Django's {@code django.contrib.auth}): users, groups, permissions, password
 * hashing and validation, login/logout views and {@code manage createsuperuser} /
 * {@code changepassword}. Add it to {@code INSTALLED_APPS} and run {@code manage migrate}; its
 * tables ({@code auth_user}, {@code auth_group}, {@code auth_permission} and the join tables)
 * come with its own migrations. See docs/auth.md.
 */
public final class AuthApp implements AppConfig {
    @Override
    public String label() {
        return "auth";
    }

    @Override
    public String verboseName() {
        return "Authentication and Authorization";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(Permission.class, Group.class, User.class);
    }

    /** auth.E001: a LOGIN_URL, LOGIN_REDIRECT_URL or LOGOUT_REDIRECT_URL that names no route. */
    @Override
    public List<Check> checks() {
        return List.of(RedirectSettingsCheck::run);
    }

    @Override
    public List<Callable<Integer>> commands() {
        return List.of(new CreatesuperuserCommand(), new ChangepasswordCommand());
    }
}
