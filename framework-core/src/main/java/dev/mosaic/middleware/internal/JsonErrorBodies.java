package dev.mosaic.middleware.internal;

import dev.mosaic.http.Response;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** JSON error bodies for clients that asked for JSON: {@code {"status": 404, "error": "Not Found"}}. */
final class JsonErrorBodies {
    private JsonErrorBodies() {
    }

    /** @param detail the DEBUG detail or a message written for the client; null leaves it out */
    static Response response(int status, String detail) {
        StringBuilder b = new StringBuilder(64).append("{\"status\": ").append(status)
                .append(", \"error\": ").append(quote(StatusPages.reason(status)));
        if (detail != null) {
            b.append(", \"detail\": ").append(quote(detail));
        }
        b.append('}');
        return Response.empty(status).body(b.toString(), "application/json", StandardCharsets.UTF_8);
    }

    /**
     * True when the client prefers JSON over HTML: {@code Accept} names a JSON type with a
     * higher quality than {@code text/html} (a browser's {@code Accept} always gets HTML).
     */
    static boolean prefersJson(String accept) {
        if (accept == null || accept.isEmpty()) {
            return false;
        }
        double json = -1;
        double html = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (type.equals("application/json") || type.endsWith("+json")) {
                json = Math.max(json, q);
            } else if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            }
        }
        return json > 0 && json > html;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
