package dev.mosaic.http;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A cookie to set on a response. Immutable; the {@code with...} methods return a copy.
 * {@code SameSite} defaults to {@code Lax} and {@code HttpOnly} to true, as Django's session
 * and CSRF cookies do; a cookie meant for JavaScript must say {@code withHttpOnly(false)}.
 * {@code SameSite=None} implies {@code Secure}, because browsers drop such a cookie otherwise.
 */
public record Cookie(String name, String value, String path, String domain, Duration maxAge,
                     boolean secure, boolean httpOnly, SameSite sameSite) {

    public enum SameSite { STRICT, LAX, NONE;
        String attribute() {
            return switch (this) {
                case STRICT -> "Strict";
                case LAX -> "Lax";
                case NONE -> "None";
            };
        }
    }

    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

    public Cookie {
        if (name == null || name.isEmpty() || !isToken(name)) {
            throw new IllegalArgumentException("Invalid cookie name '" + name + "'");
        }
        value = value == null ? "" : value;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c == '"' || c == ',' || c == ';' || c == '\\' || c >= 0x7f) {
                throw new IllegalArgumentException("Cookie '" + name + "' has a value with a character not allowed"
                        + " in a cookie (" + describe(c) + "); encode it first (URL-encoding or Base64)");
            }
        }
        path = path == null ? "/" : path;
        checkAttribute(name, "path", path);
        checkAttribute(name, "domain", domain);
        if (sameSite == SameSite.NONE) {
            secure = true;
        }
    }

    /** A ';' or a control character in path or domain would inject attributes into the header. */
    private static void checkAttribute(String cookie, String attribute, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == ';' || c == 0x7f) {
                throw new IllegalArgumentException("Cookie '" + cookie + "' has a " + attribute
                        + " with a character not allowed there (" + describe(c) + ")");
            }
        }
    }

    public static Cookie of(String name, String value) {
        return new Cookie(name, value, "/", null, null, false, true, SameSite.LAX);
    }

    /** A cookie that tells the browser to delete {@code name} (for the same path and domain). */
    public static Cookie deleting(String name, String path, String domain) {
        return new Cookie(name, "", path, domain, Duration.ZERO, false, true, SameSite.LAX);
    }

    public Cookie withPath(String path) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public Cookie withDomain(String domain) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public Cookie withMaxAge(Duration maxAge) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public Cookie withSecure(boolean secure) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    public Cookie withSameSite(SameSite sameSite) {
        return new Cookie(name, value, path, domain, maxAge, secure, httpOnly, sameSite);
    }

    /** The value of a {@code Set-Cookie} header for this cookie. */
    public String toHeader() {
        StringBuilder b = new StringBuilder(64).append(name).append('=').append(value);
        if (maxAge != null) {
            long seconds = Math.max(0, maxAge.getSeconds());
            b.append("; Max-Age=").append(seconds);
            b.append("; Expires=").append(EXPIRES.format(
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(seconds)));
        }
        if (domain != null && !domain.isEmpty()) {
            b.append("; Domain=").append(domain);
        }
        b.append("; Path=").append(path);
        if (secure) {
            b.append("; Secure");
        }
        if (httpOnly) {
            b.append("; HttpOnly");
        }
        if (sameSite != null) {
            b.append("; SameSite=").append(sameSite.attribute());
        }
        return b.toString();
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(char c) {
        return c < 0x21 || c >= 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
