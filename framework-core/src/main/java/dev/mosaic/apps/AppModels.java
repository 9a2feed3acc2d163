package dev.mosaic.apps;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.internal.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Phase two of populating: every app's models, by app and by lower-case class name. */
final class AppModels {
    private final Map<AppConfig, Map<String, Class<?>>> byApp;
    private final Map<Class<?>, AppConfig> owners;

    private AppModels(Map<AppConfig, Map<String, Class<?>>> byApp, Map<Class<?>, AppConfig> owners) {
        this.byApp = byApp;
        this.owners = owners;
    }

    static AppModels collect(Collection<AppConfig> apps) {
        Map<AppConfig, Map<String, Class<?>>> byApp = new LinkedHashMap<>();
        Map<Class<?>, AppConfig> owners = new HashMap<>();
        for (AppConfig app : apps) {
            Map<String, Class<?>> mine = new LinkedHashMap<>();
            for (Class<?> model : app.models()) {
                AppConfig other = owners.putIfAbsent(model, app);
                if (other != null) {
                    throw new ImproperlyConfigured("Model " + model.getName() + " is listed by two apps: "
                            + other.label() + " and " + app.label() + ". Fix: list it in the models() of one of them.");
                }
                Class<?> sameName = mine.putIfAbsent(Apps.lower(model.getSimpleName()), model);
                if (sameName != null) {
                    throw new ImproperlyConfigured("App '" + app.label() + "' lists two models named "
                            + model.getSimpleName() + ": " + sameName.getName() + " and " + model.getName()
                            + ". Fix: rename one of them, or move it to another app.");
                }
            }
            byApp.put(app, Collections.unmodifiableMap(mine));
        }
        return new AppModels(byApp, owners);
    }

    List<Class<?>> all() {
        List<Class<?>> out = new ArrayList<>();
        byApp.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    List<Class<?>> of(AppConfig app) {
        return new ArrayList<>(byApp.get(app).values());
    }

    Class<?> find(AppConfig app, String modelName) {
        Map<String, Class<?>> mine = byApp.get(app);
        Class<?> c = mine.get(Apps.lower(modelName));
        if (c == null) {
            List<String> names = new ArrayList<>();
            mine.values().forEach(m -> names.add(m.getSimpleName()));
            throw new IllegalArgumentException("App '" + app.label() + "' doesn't have a '" + modelName + "' model."
                    + Suggestions.didYouMean(modelName, names));
        }
        return c;
    }

    AppConfig owner(Class<?> c) {
        return owners.get(c);
    }
}
