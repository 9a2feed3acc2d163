package dev.mosaic.conf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ${VAR}} and {@code ${VAR:default}} in a settings file's text values: environment, then system properties. */
final class Substitution {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)(?::([^}]*))?}");

    private final Map<String, String> env;
    private final Properties props;
    private final String origin;

    Substitution(Map<String, String> env, Properties props, String origin) {
        this.env = env;
        this.props = props;
        this.origin = origin;
    }

    /** The file's values with every placeholder replaced. */
    Map<String, Object> apply(Map<String, Object> file) {
        Map<String, Object> out = new LinkedHashMap<>();
        file.forEach((k, v) -> out.put(k, value(String.valueOf(k), v)));
        return out;
    }

    private Object value(String path, Object v) {
        if (v instanceof String s) {
            return text(path, s);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), value(path + "." + k, val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(value(path, o));
            }
            return out;
        }
        return v;
    }

    private String text(String path, String s) {
        if (s.indexOf("${") < 0) {
            return s;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String found = env.get(name);
            if (found == null) {
                found = props.getProperty(name);
            }
            if (found == null) {
                found = m.group(2);
            }
            if (found == null) {
                throw new ImproperlyConfigured("Setting " + path + " (from " + origin + ") uses ${" + name
                        + "}, which is not set in the environment or the system properties. Fix: set " + name
                        + ", or give a default: ${" + name + ":value}.");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(found));
        }
        m.appendTail(b);
        return b.toString();
    }
}
