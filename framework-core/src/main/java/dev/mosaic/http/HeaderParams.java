package dev.mosaic.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a header value such as {@code form-data; name="a"; filename="b.txt"} or
 * {@code multipart/form-data; boundary=xyz}: names in lower case, quoted strings unquoted, and
 * an RFC 5987 {@code name*=UTF-8''...} value decoded into {@code name} (it wins over the plain one).
 */
final class HeaderParams {
    private HeaderParams() {
    }

    /** The value before the first ';', trimmed and in lower case. */
    static String type(String header) {
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> extended = new LinkedHashMap<>();
        int i = header.indexOf(';');
        int n = header.length();
        while (i >= 0 && i < n) {
            i++; // past ';'
            int eq = header.indexOf('=', i);
            int semi = header.indexOf(';', i);
            if (eq < 0 || (semi >= 0 && semi < eq)) {
                i = semi;
                continue;
            }
            String name = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < n && header.charAt(i) == ' ') {
                i++;
            }
            String value;
            if (i < n && header.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                // No backslash escapes: browsers send Windows paths raw and encode '"' as %22 (HTML spec).
                while (i < n && header.charAt(i) != '"') {
                    b.append(header.charAt(i));
                    i++;
                }
                value = b.toString();
                i = header.indexOf(';', i);
            } else {
                int end = header.indexOf(';', i);
                value = header.substring(i, end < 0 ? n : end).trim();
                i = end;
            }
            if (name.endsWith("*")) {
                String decoded = decodeExtended(value);
                if (decoded != null) {
                    extended.put(name.substring(0, name.length() - 1), decoded);
                }
            } else {
                out.putIfAbsent(name, value);
            }
        }
        out.putAll(extended);
        return out;
    }

    /** {@code UTF-8'en'%e2%82%ac%20rates} to its text; null when it is not well formed. */
    private static String decodeExtended(String value) {
        int q1 = value.indexOf('\'');
        int q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
        if (q2 < 0) {
            return null;
        }
        Charset cs;
        try {
            cs = q1 == 0 ? StandardCharsets.UTF_8 : Charset.forName(value.substring(0, q1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        try {
            return UrlEncoded.decode(value.substring(q2 + 1).replace("+", "%2B"), cs);
        } catch (BadRequest e) {
            return null;
        }
    }
}
