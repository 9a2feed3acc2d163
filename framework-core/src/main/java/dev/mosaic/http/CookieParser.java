package dev.mosaic.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code Cookie} request headers (RFC 6265, lenient like browsers). */
final class CookieParser {
    private CookieParser() {
    }

    /** The cookies of every {@code Cookie} header, by name; the first one wins when a name repeats. */
    static Map<String, String> parse(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String header : headerValues) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!name.isEmpty()) {
                    out.putIfAbsent(name, value);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
