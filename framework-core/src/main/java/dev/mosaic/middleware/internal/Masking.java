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
    // The password of a URL's user information (postgres://user:password@host/db, as DATABASE_URL and
    // DATABASES.<alias>.URL take it), wherever the URL sits in a string; the user name stays visible.
    private static final Pattern URL_PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:)[^/\\s@]+@");
    // JDBC URLs may carry one as a parameter: jdbc:postgresql://h/db?password=..., ;PASSWORD=... (H2).
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)((?:[?&;]|^)password=)[^&;\\s]*");

    private Masking() {
    }

    static boolean isHidden(String name) {
        return HIDDEN.matcher(name).find();
    }

    /**
     * {@code value} with every entry under a secret-looking key replaced by stars, and any password
     * inside a URL (user information or a {@code password=} parameter) starred in place.
     */
    static Object cleanse(String key, Object value) {
        if (key != null && isHidden(key)) {
            return STARS;
        }
        if (value instanceof String s) {
            return maskUrlPasswords(s);
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

    /** {@code s} with the password of any URL in it replaced by stars. */
    static String maskUrlPasswords(String s) {
        if (s.indexOf('@') < 0 && s.toLowerCase(java.util.Locale.ROOT).indexOf("password=") < 0) {
            return s; // the common case: nothing to look at
        }
        String out = URL_PASSWORD.matcher(s).replaceAll("$1" + STARS + "@");
        return PARAM_PASSWORD.matcher(out).replaceAll("$1" + STARS);
    }
}
