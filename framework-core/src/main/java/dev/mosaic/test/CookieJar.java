package dev.mosaic.test;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The test client's cookies, kept as a browser keeps them (RFC 6265): one per name and path,
 * replaced by a later {@code Set-Cookie}, deleted by {@code Max-Age=0} or a past
 * {@code Expires}, and sent only to paths under the cookie's {@code Path}. There is one host
 * (the application), so {@code Domain} is not consulted; {@code Secure} is not enforced either,
 * so that tests of HTTPS-only cookies need no TLS.
 */
final class CookieJar {
    private record Key(String name, String path) {
    }

    private final Map<Key, String> cookies = new LinkedHashMap<>();

    /** Applies one {@code Set-Cookie} header received for {@code requestPath}. */
    void receive(String setCookie, String requestPath) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return; // a browser ignores a Set-Cookie without a name
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = null;
        Boolean expired = null;
        boolean hasMaxAge = false;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].trim();
            int aeq = attr.indexOf('=');
            String key = (aeq < 0 ? attr : attr.substring(0, aeq)).trim().toLowerCase(Locale.ROOT);
            String val = aeq < 0 ? "" : attr.substring(aeq + 1).trim();
            switch (key) {
                case "path" -> path = val.startsWith("/") ? val : null;
                case "max-age" -> {
                    try {
                        expired = Long.parseLong(val) <= 0;
                        hasMaxAge = true;
                    } catch (NumberFormatException ignored) {
                        // RFC 6265 5.2.2: an unparsable Max-Age is ignored
                    }
                }
                case "expires" -> {
                    if (!hasMaxAge) {
                        expired = isPast(val);
                    }
                }
                default -> {
                }
            }
        }
        Key k = new Key(name, path == null ? defaultPath(requestPath) : path);
        if (Boolean.TRUE.equals(expired)) {
            cookies.remove(k);
        } else {
            cookies.put(k, value);
        }
    }

    /** The {@code Cookie} header for a request to {@code requestPath}, or null for none. */
    String header(String requestPath) {
        List<Map.Entry<Key, String>> matching = new ArrayList<>();
        for (Map.Entry<Key, String> e : cookies.entrySet()) {
            if (pathMatches(requestPath, e.getKey().path)) {
                matching.add(e);
            }
        }
        if (matching.isEmpty()) {
            return null;
        }
        // RFC 6265 5.4: cookies with longer paths are listed first.
        matching.sort(Comparator.comparingInt((Map.Entry<Key, String> e) -> e.getKey().path.length()).reversed());
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Key, String> e : matching) {
            b.append(b.length() == 0 ? "" : "; ").append(e.getKey().name).append('=').append(e.getValue());
        }
        return b.toString();
    }

    /** Every cookie by name; where a name is set for several paths, the longest path wins. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> pathLength = new LinkedHashMap<>();
        cookies.forEach((k, v) -> {
            Integer seen = pathLength.get(k.name);
            if (seen == null || k.path.length() > seen) {
                out.put(k.name, v);
                pathLength.put(k.name, k.path.length());
            }
        });
        return out;
    }

    void put(String name, String value, String path) {
        cookies.put(new Key(name, path), value);
    }

    void clear() {
        cookies.clear();
    }

    /** RFC 6265 5.1.4. */
    static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the "directory" of the request path. */
    static String defaultPath(String requestPath) {
        int last = requestPath.lastIndexOf('/');
        return last <= 0 ? "/" : requestPath.substring(0, last);
    }

    private static boolean isPast(String httpDate) {
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(ZonedDateTime.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
