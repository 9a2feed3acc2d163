package dev.mosaic.conf;

import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A setting given as text (an environment variable, a system property, a test's
 * {@code KEY=value}): {@code KEY__nested__key} addresses a key inside a mapping, and the value
 * is read as YAML ({@code false}, {@code 8000}, {@code [a, b]}, {@code {k: v}}).
 */
final class TextValue {
    static final String NESTING = "__";

    private TextValue() {
    }

    /**
     * The layer that sets {@code name} to {@code text}: {@code {DATABASES: {default: {URL: ...}}}}
     * for {@code DATABASES__default__URL}.
     */
    static Map<String, Object> layer(String name, String text, KnownSettings known) {
        String[] path = name.split(NESTING, -1);
        SettingDefinition def = path.length == 1 ? known.get(path[0]) : null;
        Object value = parse(text, def);
        for (int i = path.length - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(path[i], value);
            value = m;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = (Map<String, Object>) value;
        return layer;
    }

    /**
     * Texts stay texts for text and class-name settings (a secret key may contain '#' or ': ');
     * list settings also take a plain {@code a,b}; everything else is read as YAML.
     */
    static Object parse(String text, SettingDefinition def) {
        if (def != null && (def.type() == SettingDefinition.Type.STRING || def.type() == SettingDefinition.Type.CLASS_NAME)) {
            return text;
        }
        String t = text.strip();
        if (def != null && def.type().isList() && !t.startsWith("[")) {
            return commaList(t);
        }
        if (t.isEmpty()) {
            return "";
        }
        try {
            Object v = SettingsFile.YAML.readValue(t, Object.class);
            return v == null ? "" : v;
        } catch (JacksonException e) {
            return text;
        }
    }

    static List<String> commaList(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
