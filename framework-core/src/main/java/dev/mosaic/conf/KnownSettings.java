package dev.mosaic.conf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The definitions in force: {@link GlobalSettings} plus every {@link SettingsDefinitions} found. */
final class KnownSettings {
    private final Map<String, SettingDefinition> byName;

    private KnownSettings(Map<String, SettingDefinition> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    static KnownSettings find(ClassLoader loader) {
        Map<String, SettingDefinition> byName = new LinkedHashMap<>();
        Map<String, String> providers = new LinkedHashMap<>();
        add(new GlobalSettings(), byName, providers);
        for (SettingsDefinitions d : ServiceLoader.load(SettingsDefinitions.class, loader)) {
            add(d, byName, providers);
        }
        return new KnownSettings(byName);
    }

    private static void add(SettingsDefinitions source, Map<String, SettingDefinition> byName,
                            Map<String, String> providers) {
        String provider = source.getClass().getName();
        for (SettingDefinition d : source.definitions()) {
            String earlier = providers.putIfAbsent(d.name(), provider);
            if (earlier != null) {
                throw new ImproperlyConfigured("Setting " + d.name() + " is defined twice, by " + earlier + " and "
                        + provider + ". Fix: remove one definition, or rename the module's own setting.");
            }
            byName.put(d.name(), d);
        }
    }

    SettingDefinition get(String name) {
        return byName.get(name);
    }

    Collection<SettingDefinition> all() {
        return byName.values();
    }

    Collection<String> names() {
        return byName.keySet();
    }

    /** Every known setting at its default. */
    Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        byName.values().forEach(def -> d.put(def.name(), def.defaultValue()));
        return d;
    }
}
