package dev.mosaic.apps;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Phase one of populating: an instance of every class in INSTALLED_APPS, in order. */
final class AppLoader {
    private AppLoader() {
    }

    static List<AppConfig> create(Settings settings) {
        List<AppConfig> out = new ArrayList<>();
        for (String className : settings.installedApps()) {
            out.add(create(className, settings.origin("INSTALLED_APPS")));
        }
        return out;
    }

    private static AppConfig create(String className, String origin) {
        String where = "INSTALLED_APPS (from " + origin + ") lists " + className;
        Class<?> c;
        try {
            c = Class.forName(className, true, Apps.contextLoader());
        } catch (ClassNotFoundException e) {
            throw new ImproperlyConfigured(where + ", which is not on the classpath. Fix: check the package and"
                    + " spelling, or add the dependency that provides it.", e);
        }
        if (!AppConfig.class.isAssignableFrom(c)) {
            throw new ImproperlyConfigured(where + ", which does not implement dev.mosaic.apps.AppConfig. Fix:"
                    + " implement AppConfig in " + c.getSimpleName() + ", or remove it from INSTALLED_APPS.");
        }
        try {
            if (!Modifier.isPublic(c.getModifiers())) {
                throw new NoSuchMethodException();
            }
            return (AppConfig) c.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new ImproperlyConfigured(where + ", which cannot be created: it needs to be a public, non-abstract"
                    + " class with a public no-argument constructor. Fix: add public " + c.getSimpleName()
                    + "() {} and make the class public.", e);
        } catch (InvocationTargetException e) {
            throw new ImproperlyConfigured(where + ", whose constructor failed: " + e.getCause()
                    + ". Fix: move work that needs other apps into ready().", e.getCause());
        }
    }
}
