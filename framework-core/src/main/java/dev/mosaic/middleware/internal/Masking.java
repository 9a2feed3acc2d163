package dev.mosaic.middleware.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hides secrets on the DEBUG error page, as Django's {@code SafeExceptionReporterFilter} does:
 * a setting or header whose name looks secret is shown as stars, at any depth of nesting.
 */
final class Masking {
    static final String STARS = "********************";
    private static final Pattern HIDDEN = Pattern.compile("API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|COOKIE",
            Pattern.CASE_INSENSITIVE);

    private Masking() {
    }

    static boolean isHidden(String name) {
        return HIDDEN.matcher(name).find();
    }

    /** {@code value} with every entry under a secret-looking key replaced by stars. */
    static Object cleanse(String key, Object value) {
        if (key != null && isHidden(key)) {
            return STARS;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), cleanse(String.valueOf(k), v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(cleanse(null, o));
            }
            return out;
        }
        return value;
    }
}
