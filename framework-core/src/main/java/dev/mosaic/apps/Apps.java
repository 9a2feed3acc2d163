package dev.mosaic.apps;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of installed apps, populated once at start-up from {@code INSTALLED_APPS} and
 * immutable afterwards.
 */
public final class Apps {
    private final Map<String, AppConfig> byLabel;

    private Apps(Map<String, AppConfig> byLabel) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    /** Instantiates every app of {@code INSTALLED_APPS}, then calls each {@code ready()}. */
    public static Apps populate(Settings settings) {
        Map<String, AppConfig> byLabel = new LinkedHashMap<>();
        for (String className : settings.installedApps()) {
            AppConfig app = instantiate(className, settings);
            AppConfig clash = byLabel.putIfAbsent(app.label(), app);
            if (clash != null) {
                throw new ImproperlyConfigured("Application labels aren't unique, duplicates: " + app.label());
            }
        }
        Apps apps = new Apps(byLabel);
        for (AppConfig app : byLabel.values()) {
            app.ready(apps);
        }
        return apps;
    }

    private static AppConfig instantiate(String className, Settings settings) {
        try {
            Class<?> c = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            Constructor<?> ctor = c.getDeclaredConstructor();
            return (AppConfig) ctor.newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ImproperlyConfigured("INSTALLED_APPS (from " + settings.origin("INSTALLED_APPS")
                    + ") lists '" + className + "', which is not an AppConfig class: " + e, e);
        }
    }

    public List<AppConfig> all() {
        return new ArrayList<>(byLabel.values());
    }

    public AppConfig get(String label) {
        AppConfig app = byLabel.get(label);
        if (app == null) {
            throw new IllegalArgumentException("No installed app with label '" + label + "'.");
        }
        return app;
    }

    public boolean isInstalled(String label) {
        return byLabel.containsKey(label);
    }
}
