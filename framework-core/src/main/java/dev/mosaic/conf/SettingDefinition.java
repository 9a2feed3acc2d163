package dev.mosaic.conf;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One known setting: its name, type, default and a one-line description. The framework's own
 * are in {@link GlobalSettings}; other modules add theirs through {@link SettingsDefinitions}.
 * A known setting is type-checked (and, for class names, checked to exist and implement its
 * interface) when settings are loaded, so a mistake fails at start-up, not at first use.
 *
 * @param mustImplement for {@link Type#CLASS_NAME} and {@link Type#CLASS_LIST}: the fully
 *                      qualified interface each class must implement, else null. Given by name
 *                      so that a definition never forces its interface to load.
 */
public record SettingDefinition(String name, Type type, Object defaultValue, String doc, String mustImplement) {

    /** The value types a setting can have. */
    public enum Type {
        BOOLEAN("true or false"),
        STRING("a text"),
        INT("a whole number"),
        /** A size or count limit: a whole number, or empty ({@code ~}) for no limit, as Django's None. */
        LIMIT("a whole number, or empty for no limit"),
        STRING_LIST("a list of texts"),
        MAP("a mapping"),
        CLASS_NAME("a class name"),
        CLASS_LIST("a list of class names");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        /** How the type reads in an error message and the docs. */
        public String description() {
            return description;
        }

        boolean isList() {
            return this == STRING_LIST || this == CLASS_LIST;
        }
    }

    public SettingDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
    }

    public static SettingDefinition bool(String name, boolean defaultValue, String doc) {
        return new SettingDefinition(name, Type.BOOLEAN, defaultValue, doc, null);
    }

    public static SettingDefinition string(String name, String defaultValue, String doc) {
        return new SettingDefinition(name, Type.STRING, defaultValue, doc, null);
    }

    public static SettingDefinition integer(String name, int defaultValue, String doc) {
        return new SettingDefinition(name, Type.INT, defaultValue, doc, null);
    }

    /** A limit that a project may switch off by setting it empty ({@code KEY: ~}). */
    public static SettingDefinition limit(String name, long defaultValue, String doc) {
        return new SettingDefinition(name, Type.LIMIT, defaultValue, doc, null);
    }

    public static SettingDefinition stringList(String name, List<String> defaultValue, String doc) {
        return new SettingDefinition(name, Type.STRING_LIST, List.copyOf(defaultValue), doc, null);
    }

    public static SettingDefinition map(String name, Map<String, ?> defaultValue, String doc) {
        return new SettingDefinition(name, Type.MAP, SettingsLoader.normalize(defaultValue), doc, null);
    }

    /** A class name (or null by default) whose class must implement {@code mustImplement}. */
    public static SettingDefinition className(String name, String defaultValue, String mustImplement, String doc) {
        return new SettingDefinition(name, Type.CLASS_NAME, defaultValue, doc, mustImplement);
    }

    public static SettingDefinition classList(String name, List<String> defaultValue, String mustImplement,
                                              String doc) {
        return new SettingDefinition(name, Type.CLASS_LIST, List.copyOf(defaultValue), doc, mustImplement);
    }
}
