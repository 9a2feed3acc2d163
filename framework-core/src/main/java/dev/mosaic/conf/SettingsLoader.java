package dev.mosaic.conf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads {@link Settings}, each layer over the one before:
 * <ol>
 *   <li>the framework defaults ({@link GlobalSettings} and modules' {@link SettingsDefinitions});</li>
 *   <li>{@code settings.yaml};</li>
 *   <li>{@code settings.<profile>.yaml} next to it, when a profile is active;</li>
 *   <li>{@code DATABASE_URL}, {@code DATABASE_USER} and {@code DATABASE_PASSWORD}, for
 *       {@code DATABASES.default} ({@link DatabaseEnvironment});</li>
 *   <li>environment variables {@code MOSAIC_<KEY>} ({@code MOSAIC_DATABASES__default__URL});</li>
 *   <li>system properties {@code -Dmosaic.<KEY>=...}.</li>
 * </ol>
 * Mappings are merged key by key across layers; lists and other values are replaced.
 * {@code ${VAR}} and {@code ${VAR:default}} in a file's text values are replaced from the
 * environment, then the system properties. The result is validated against the known
 * settings; see docs/settings.md.
 */
public final class SettingsLoader {
    static final String ENV_PREFIX = "MOSAIC_";
    static final String PROP_PREFIX = "mosaic.";
    static final String ENVIRONMENT = "environment ";
    static final String SYSTEM_PROPERTY = "system property ";
    static final String DEFAULT_LOCATION = SettingsFile.CLASSPATH + "settings.yaml";

    private SettingsLoader() {
    }

    /**
     * Loads the project's settings.
     *
     * @param location a settings file (path, or {@code classpath:name}); null for the default
     *                 ({@code MOSAIC_SETTINGS}, else {@code settings.yaml} on the classpath)
     * @param profile  a profile whose {@code settings.<profile>.yaml} is layered on top; null for
     *                 the default ({@code MOSAIC_PROFILE}, else system property
     *                 {@code mosaic.profile}, else none)
     * @throws ImproperlyConfigured naming the setting, the layer it came from, and the fix
     */
    public static Settings load(String location, String profile) {
        return load(location, profile, System.getenv(), System.getProperties());
    }

    /** {@code load(null, null)}: the default settings file and profile. */
    public static Settings load() {
        return load(null, null);
    }

    /** The same, with the environment and system properties given, so tests do not touch the real ones. */
    static Settings load(String location, String profile, Map<String, String> env, Properties props) {
        ClassLoader loader = contextLoader();
        KnownSettings known = KnownSettings.find(loader);
        Map<String, Object> values = known.defaults();
        Map<String, String> origins = new LinkedHashMap<>();

        SettingsFile base = new SettingsFile(baseLocation(location, env));
        Map<String, Object> file = base.readIfPresent(loader);
        if (file == null) {
            throw new ImproperlyConfigured("The settings file " + base.location() + " does not exist. Fix: create it"
                    + (base.location().equals(DEFAULT_LOCATION) ? " (src/main/resources/settings.yaml)" : "")
                    + ", or point MOSAIC_SETTINGS at your settings file.");
        }
        merge(values, origins, new Substitution(env, props, base.location()).apply(file), base.location());

        String[] active = profile(profile, env, props);
        if (active != null) {
            SettingsFile overlay = base.sibling(active[0]);
            Map<String, Object> more = overlay.readIfPresent(loader);
            if (more == null) {
                throw new ImproperlyConfigured("Profile '" + active[0] + "' (from " + active[1] + ") needs "
                        + overlay.location() + ", which does not exist. Fix: create it next to " + base.location()
                        + ", or choose another profile.");
            }
            merge(values, origins, new Substitution(env, props, overlay.location()).apply(more), overlay.location());
        }

        List<String> database = DatabaseEnvironment.present(env);
        if (!database.isEmpty()) {
            merge(values, origins, DatabaseEnvironment.layer(env), ENVIRONMENT + String.join(", ", database));
        }
        new TreeMap<>(env).forEach((name, text) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals("MOSAIC_SETTINGS") && !name.equals("MOSAIC_PROFILE")) {
                String key = name.substring(ENV_PREFIX.length());
                merge(values, origins, TextValue.layer(key, text, known), ENVIRONMENT + name);
            }
        });
        new TreeMap<>(propertyMap(props)).forEach((name, text) -> {
            if (name.startsWith(PROP_PREFIX) && !name.equals("mosaic.profile") && !name.equals("mosaic.settings")) {
                String key = name.substring(PROP_PREFIX.length());
                merge(values, origins, TextValue.layer(key, text, known), SYSTEM_PROPERTY + name);
            }
        });

        Settings settings = validate(new Settings(values, origins, known));
        String root = settings.rootUrlconf();
        if (root == null || root.isBlank()) {
            throw new ImproperlyConfigured("Setting ROOT_URLCONF is missing (settings came from " + base.location()
                    + (active == null ? "" : " and " + base.sibling(active[0]).location()) + "). Fix: add"
                    + " ROOT_URLCONF: com.example.site.SiteUrls to " + base.location()
                    + ", naming your project's root UrlConf class.");
        }
        return settings;
    }

    private static String baseLocation(String location, Map<String, String> env) {
        if (location != null && !location.isBlank()) {
            return location;
        }
        String fromEnv = env.get("MOSAIC_SETTINGS");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : DEFAULT_LOCATION;
    }

    /** The active profile and where it was chosen, or null. */
    private static String[] profile(String given, Map<String, String> env, Properties props) {
        if (given != null && !given.isBlank()) {
            return new String[] {given.strip(), "the profile argument"};
        }
        String fromEnv = env.get("MOSAIC_PROFILE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new String[] {fromEnv.strip(), ENVIRONMENT + "MOSAIC_PROFILE"};
        }
        String fromProp = props.getProperty("mosaic.profile");
        if (fromProp != null && !fromProp.isBlank()) {
            return new String[] {fromProp.strip(), SYSTEM_PROPERTY + "mosaic.profile"};
        }
        return null;
    }

    private static Map<String, String> propertyMap(Properties props) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : props.stringPropertyNames()) {
            out.put(name, props.getProperty(name));
        }
        return out;
    }

    static Settings fromMap(Map<String, ?> given) {
        KnownSettings known = KnownSettings.find(contextLoader());
        Map<String, Object> values = known.defaults();
        Map<String, String> origins = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            values.put(k, v);
            origins.put(k, "Settings.of");
        });
        return validate(new Settings(values, origins, known));
    }

    /** Puts {@code layer} over {@code values}: mappings merge key by key, anything else replaces. */
    static void merge(Map<String, Object> values, Map<String, String> origins, Map<String, Object> layer,
                      String origin) {
        layer.forEach((k, v) -> {
            values.put(k, deepMerge(values.get(k), v));
            origins.put(k, origin);
        });
    }

    @SuppressWarnings("unchecked")
    private static Object deepMerge(Object under, Object over) {
        if (under instanceof Map<?, ?> u && over instanceof Map<?, ?> o) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) u);
            ((Map<String, Object>) o).forEach((k, v) -> out.put(k, deepMerge(out.get(k), v)));
            return out;
        }
        return over;
    }

    /** Makes lists and maps immutable, recursively. */
    static Object normalize(Object v) {
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(normalize(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), normalize(val)));
            return Collections.unmodifiableMap(out);
        }
        return v;
    }

    /** Checks and converts every value; the result is immutable all the way down. */
    static Settings validate(Settings s) {
        Map<String, Object> checked = new SettingsValidator(s.known(), s.origins(), contextLoader())
                .validate(s.asMap());
        Map<String, Object> frozen = new LinkedHashMap<>();
        checked.forEach((k, v) -> frozen.put(k, normalize(v)));
        return new Settings(frozen, s.origins(), s.known());
    }

    static ClassLoader contextLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : SettingsLoader.class.getClassLoader();
    }
}
