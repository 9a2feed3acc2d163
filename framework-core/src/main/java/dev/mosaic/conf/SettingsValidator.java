package dev.mosaic.conf;

import dev.mosaic.internal.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every value against its definition and converts the forgiving forms ({@code "true"}
 * from a substitution, {@code a,b} for a list) to the typed value. Runs at load and in
 * {@link Settings#with}; every error names the key, where the value came from, and the fix.
 */
final class SettingsValidator {
    private final KnownSettings known;
    private final Map<String, String> origins;
    private final ClassLoader loader;

    SettingsValidator(KnownSettings known, Map<String, String> origins, ClassLoader loader) {
        this.known = known;
        this.origins = origins;
        this.loader = loader;
    }

    Map<String, Object> validate(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            SettingDefinition def = known.get(key);
            out.put(key, def == null ? unknown(key, value) : convert(def, value));
        });
        return out;
    }

    private Object unknown(String key, Object value) {
        String suggestion = Suggestions.closest(key, known.names());
        if (suggestion != null) {
            throw new ImproperlyConfigured("Setting " + key + " (from " + origin(key) + ") is not a known setting."
                    + " Did you mean '" + suggestion + "'? Fix: rename it to " + suggestion + ".");
        }
        if (!isUpperSnake(key)) {
            throw new ImproperlyConfigured("Setting '" + key + "' (from " + origin(key) + ") is not a known setting,"
                    + " and a project's own settings are UPPER_SNAKE_CASE. Fix: rename it to "
                    + upperSnake(key) + ".");
        }
        return value;
    }

    private Object convert(SettingDefinition def, Object v) {
        String key = def.name();
        if (def.type() == SettingDefinition.Type.LIMIT && "~".equals(v)) {
            v = null; // YAML's null; Jackson's YAML reader hands a plain ~ over as text
        }
        if (v == null) {
            if (def.defaultValue() == null || def.type() == SettingDefinition.Type.LIMIT) {
                return null;
            }
            throw wrongType(def, v);
        }
        switch (def.type()) {
            case BOOLEAN:
                if (v instanceof Boolean) {
                    return v;
                }
                if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                    return Boolean.valueOf(s);
                }
                throw wrongType(def, v);
            case STRING:
                if (v instanceof Map || v instanceof List) {
                    throw wrongType(def, v);
                }
                return v.toString();
            case INT:
                return integer(def, v);
            case LIMIT:
                return limit(def, v);
            case MAP:
                if (v instanceof Map) {
                    return v;
                }
                throw wrongType(def, v);
            case STRING_LIST:
                return strings(def, v);
            case CLASS_NAME:
                if (!(v instanceof String s)) {
                    throw wrongType(def, v);
                }
                checkClass(def, s.strip(), "names");
                return s.strip();
            case CLASS_LIST:
                List<String> names = strings(def, v);
                for (String name : names) {
                    checkClass(def, name, "lists");
                }
                return names;
            default:
                throw new IllegalStateException("No conversion for " + def.type() + " of " + key);
        }
    }

    /** A limit: a whole number, 0 or more (a negative one would refuse every request). */
    private Object limit(SettingDefinition def, Object v) {
        Object n = integer(def, v);
        if ((Integer) n < 0) {
            throw new ImproperlyConfigured("Setting " + def.name() + " (from " + origin(def.name()) + ") must not be"
                    + " negative, got " + n + ". Fix: give the largest value to accept, or leave it empty for no limit.");
        }
        return n;
    }

    private Object integer(SettingDefinition def, Object v) {
        if (v instanceof Integer) {
            return v;
        }
        if (v instanceof Long || v instanceof Short) {
            long l = ((Number) v).longValue();
            if (l == (int) l) {
                return (int) l;
            }
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw wrongType(def, v);
            }
        }
        throw wrongType(def, v);
    }

    private List<String> strings(SettingDefinition def, Object v) {
        if (v instanceof String s) {
            return List.copyOf(TextValue.commaList(s));
        }
        if (!(v instanceof List<?> list)) {
            throw wrongType(def, v);
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new ImproperlyConfigured("Setting " + def.name() + " (from " + origin(def.name())
                        + ") must be " + def.type().description() + ", but one item is " + Settings.describe(item)
                        + ". Fix: " + fix(def) + ".");
            }
            out.add(item.toString().strip());
        }
        return List.copyOf(out);
    }

    private void checkClass(SettingDefinition def, String className, String verb) {
        String key = def.name();
        Class<?> c;
        try {
            c = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ImproperlyConfigured("Setting " + key + " (from " + origin(key) + ") " + verb + " " + className
                    + ", which is not on the classpath. Fix: check the package and spelling of the class name,"
                    + " or add the dependency that provides it.");
        }
        if (def.mustImplement() == null) {
            return;
        }
        Class<?> required;
        try {
            required = Class.forName(def.mustImplement(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // The interface's module is absent: nothing could implement it, so report that instead.
            throw new ImproperlyConfigured("Setting " + key + " (from " + origin(key) + ") " + verb + " " + className
                    + ", but " + def.mustImplement() + " is not on the classpath. Fix: add the dependency that"
                    + " provides " + def.mustImplement() + ".");
        }
        if (!required.isAssignableFrom(c)) {
            throw new ImproperlyConfigured("Setting " + key + " (from " + origin(key) + ") " + verb + " " + className
                    + ", which does not implement " + def.mustImplement() + ". Fix: implement "
                    + def.mustImplement() + " in " + className + ", or remove it from " + key + ".");
        }
    }

    private ImproperlyConfigured wrongType(SettingDefinition def, Object v) {
        return new ImproperlyConfigured("Setting " + def.name() + " (from " + origin(def.name()) + ") must be "
                + def.type().description() + ", not " + Settings.describe(v) + ". Fix: " + fix(def) + ".");
    }

    /** How to write a correct value, in the form of the layer it came from. */
    private String fix(SettingDefinition def) {
        String key = def.name();
        switch (def.type()) {
            case BOOLEAN:
                return verb(key) + " " + assignment(key, "true") + " or " + assignment(key, "false");
            case STRING:
                return verb(key) + " " + assignment(key, "\"some text\"");
            case INT:
            case LIMIT:
                return verb(key) + " " + assignment(key, "10");
            case STRING_LIST:
                return verb(key) + " " + assignment(key, "[first, second]");
            case MAP:
                return verb(key) + " a mapping, e.g. " + assignment(key, "{NAME: value}");
            case CLASS_NAME:
                return verb(key) + " " + assignment(key, "com.example.MyClass");
            default:
                return verb(key) + " " + assignment(key, "[com.example.First, com.example.Second]");
        }
    }

    private String verb(String key) {
        String origin = origin(key);
        return origin.startsWith(SettingsLoader.ENVIRONMENT) ? "set"
                : origin.startsWith(SettingsLoader.SYSTEM_PROPERTY) ? "pass" : "write";
    }

    private String assignment(String key, String value) {
        String origin = origin(key);
        if (origin.startsWith(SettingsLoader.ENVIRONMENT)) {
            return origin.substring(SettingsLoader.ENVIRONMENT.length()) + "=" + value;
        }
        if (origin.startsWith(SettingsLoader.SYSTEM_PROPERTY)) {
            return "-D" + origin.substring(SettingsLoader.SYSTEM_PROPERTY.length()) + "=" + value;
        }
        return key + ": " + value;
    }

    private String origin(String key) {
        return origins.getOrDefault(key, Settings.DEFAULTS_ORIGIN);
    }

    static boolean isUpperSnake(String key) {
        if (key.isEmpty() || !(key.charAt(0) >= 'A' && key.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String upperSnake(String key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                b.append('_');
            }
            b.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return b.toString();
    }
}
