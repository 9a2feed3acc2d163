package dev.mosaic.conf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's settings: one immutable object, shared by all threads, built once at start-up
 * by {@link SettingsLoader}. Keys are UPPER_SNAKE as in Django ({@code DEBUG},
 * {@code SECRET_KEY}, {@code ALLOWED_HOSTS}, ...). Typed accessors cover the framework's own
 * keys; {@link #get}, {@link #string}, {@link #list} and {@link #map} read any other.
 *
 * <p>{@link #with} returns a copy with some values replaced, which is how tests override
 * settings without global state.
 */
public final class Settings {
    static final String DEFAULTS_ORIGIN = "framework defaults";

    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final KnownSettings known;

    Settings(Map<String, Object> values, Map<String, String> origins, KnownSettings known) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        this.known = known;
    }

    /** Settings from these values over the framework defaults, for tests and embedding. */
    public static Settings of(Map<String, ?> values) {
        return SettingsLoader.fromMap(values);
    }

    // ---- the framework's own keys --------------------------------------------------------

    public boolean debug() {
        return bool("DEBUG");
    }

    public String secretKey() {
        return string("SECRET_KEY");
    }

    public List<String> allowedHosts() {
        return list("ALLOWED_HOSTS");
    }

    /** Class names of the installed apps, in order. */
    public List<String> installedApps() {
        return list("INSTALLED_APPS");
    }

    /** Class names of the middleware, outermost first. */
    public List<String> middleware() {
        return list("MIDDLEWARE");
    }

    /** Class name of the root URL configuration. */
    public String rootUrlconf() {
        return string("ROOT_URLCONF");
    }

    public boolean appendSlash() {
        return bool("APPEND_SLASH");
    }

    /** Keys no longer used to sign, still accepted when checking a signature. */
    public List<String> secretKeyFallbacks() {
        return list("SECRET_KEY_FALLBACKS");
    }

    /** The {@code TEMPLATES} mapping: {@code BACKEND}, {@code APP_DIRS}, {@code DIRS}, {@code OPTIONS}. */
    public Map<String, Object> templates() {
        return map("TEMPLATES");
    }

    /** Database connections by alias ({@code default}, ...). */
    public Map<String, Object> databases() {
        return map("DATABASES");
    }

    /** Ids of system check messages not to report. */
    public List<String> silencedSystemChecks() {
        return list("SILENCED_SYSTEM_CHECKS");
    }

    // ---- any key -------------------------------------------------------------------------

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The raw value (String, Boolean, Number, List or Map), or null. */
    public Object get(String key) {
        return values.get(key);
    }

    public String string(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    public boolean bool(String key) {
        Object v = values.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == null) {
            return false;
        }
        throw wrongType(key, "true or false", v);
    }

    public int integer(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw wrongType(key, "a whole number", v);
    }

    public long longValue(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw wrongType(key, "a whole number", v);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        throw wrongType(key, "a list", v);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = values.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw wrongType(key, "a mapping", v);
    }

    /**
     * Where the value of {@code key} came from, as error messages name it:
     * {@code classpath:settings.yaml}, {@code settings.prod.yaml}, {@code environment MOSAIC_DEBUG},
     * {@code system property mosaic.DEBUG}, {@code Settings.with}, or {@code framework defaults}.
     */
    public String origin(String key) {
        return origins.getOrDefault(key, DEFAULTS_ORIGIN);
    }

    /** The definition of a known setting (the framework's or a module's), if {@code key} is one. */
    public Optional<SettingDefinition> definition(String key) {
        return Optional.ofNullable(known.get(key));
    }

    /** Every known setting's definition, the framework's first. */
    public Collection<SettingDefinition> definitions() {
        return known.all();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** A copy with {@code key} set to {@code value}, validated like a loaded value. */
    public Settings with(String key, Object value) {
        return with(Map.of(key, value));
    }

    /** A copy with these values replaced, validated like loaded values. */
    public Settings with(Map<String, ?> overrides) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        Map<String, String> o = new LinkedHashMap<>(origins);
        overrides.forEach((k, val) -> {
            v.put(k, val);
            o.put(k, "Settings.with");
        });
        return SettingsLoader.validate(new Settings(v, o, known));
    }

    /**
     * A copy with {@code KEY=value} assignments applied as an environment variable would be:
     * the value is read as YAML ({@code DEBUG=true}, {@code ALLOWED_HOSTS=[a, b]} or
     * {@code ALLOWED_HOSTS=a,b}), {@code KEY__inner=value} sets a key inside a mapping and
     * mappings merge. {@code origin} names where the assignments were written, for errors.
     */
    public Settings withAssignments(String origin, List<String> assignments) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        Map<String, String> o = new LinkedHashMap<>(origins);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ImproperlyConfigured("'" + assignment + "' (in " + origin + ") is not a setting assignment."
                        + " Fix: write KEY=value, e.g. DEBUG=true.");
            }
            String key = assignment.substring(0, eq).strip();
            SettingsLoader.merge(v, o, TextValue.layer(key, assignment.substring(eq + 1), known), origin);
        }
        return SettingsLoader.validate(new Settings(v, o, known));
    }

    Map<String, String> origins() {
        return origins;
    }

    KnownSettings known() {
        return known;
    }

    private ImproperlyConfigured wrongType(String key, String expected, Object v) {
        return new ImproperlyConfigured("Setting " + key + " (from " + origin(key) + ") must be " + expected
                + ", not " + describe(v) + ". Fix: correct " + key + " in " + origin(key) + ".");
    }

    static String describe(Object v) {
        if (v == null) {
            return "empty";
        }
        if (v instanceof String s) {
            return "the text '" + s + "'";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof Number) {
            return "the number " + v;
        }
        return "the value " + v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
