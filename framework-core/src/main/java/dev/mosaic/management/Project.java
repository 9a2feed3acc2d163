package dev.mosaic.management;

import dev.mosaic.conf.Settings;
import dev.mosaic.conf.SettingsLoader;
import dev.mosaic.server.Application;

/**
 * The project a {@code manage} invocation works on: its settings (from {@code --settings} and
 * {@code --profile}, or given in code) and the application started from them, once.
 */
final class Project {
    private final Settings given;
    private final String location;
    private final String profile;
    private Application application;
    private RuntimeException failure;

    Project(Settings given, String location, String profile) {
        this.given = given;
        this.location = location;
        this.profile = profile;
    }

    /** The started application; throws the start-up error (usually ImproperlyConfigured). */
    Application application() {
        if (application == null && failure == null) {
            try {
                Settings settings = given != null ? given : SettingsLoader.load(location, profile);
                application = Application.start(settings);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return application;
    }

    /** The start-up error, or null when the project started (or has not been started yet). */
    RuntimeException failure() {
        return failure;
    }
}
