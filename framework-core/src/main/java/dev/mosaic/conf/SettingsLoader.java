package dev.mosaic.conf;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@link Settings}: framework defaults, then {@code settings.yaml} from the classpath.
 * (Layering by profile, environment and system properties, substitution and validation are
 * built on this.)
 */
public final class SettingsLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private SettingsLoader() {
    }

    /** The framework's defaults, before any file is read. */
    static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("DEBUG", false);
        d.put("SECRET_KEY", "");
        d.put("ALLOWED_HOSTS", List.of());
        d.put("INSTALLED_APPS", List.of());
        d.put("MIDDLEWARE", List.of());
        d.put("ROOT_URLCONF", null);
        d.put("APPEND_SLASH", true);
        return d;
    }

    /**
     * Loads the project's settings.
     *
     * @param location a settings file (path, or {@code classpath:name}); null for the default
     *                 ({@code MOSAIC_SETTINGS}, else {@code settings.yaml} on the classpath)
     * @param profile  a profile whose {@code settings.<profile>.yaml} is layered on top; null for
     *                 the default ({@code MOSAIC_PROFILE}, else none)
     */
    public static Settings load(String location, String profile) {
        return load();
    }

    /** Loads {@code settings.yaml} from the context class loader. */
    public static Settings load() {
        Map<String, Object> values = defaults();
        Map<String, String> origins = new LinkedHashMap<>();
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream("settings.yaml")) {
            if (in != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> file = YAML.readValue(in, Map.class);
                if (file != null) {
                    file.forEach((k, v) -> {
                        values.put(k, normalize(v));
                        origins.put(k, "classpath:settings.yaml");
                    });
                }
            }
        } catch (java.io.IOException e) {
            throw new ImproperlyConfigured("Could not read settings.yaml: " + e.getMessage(), e);
        }
        return validate(new Settings(values, origins));
    }

    static Settings fromMap(Map<String, ?> given) {
        Map<String, Object> values = defaults();
        Map<String, String> origins = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            values.put(k, normalize(v));
            origins.put(k, "code");
        });
        return validate(new Settings(values, origins));
    }

    /** Makes lists and maps immutable, recursively. */
    static Object normalize(Object v) {
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(normalize(o));
            }
            return List.copyOf(out);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), normalize(val)));
            return java.util.Collections.unmodifiableMap(out);
        }
        return v;
    }

    static Settings validate(Settings s) {
        return s;
    }
}
