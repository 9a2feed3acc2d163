package dev.mosaic.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A database URL in the form hosting platforms and dj-database-url use,
 * {@code postgres://user:password@host:5432/name?sslmode=require}, as the JDBC URL, user and
 * password a connection pool takes. The user and password are percent-decoded and never part of
 * the JDBC URL (which ends up in logs); the query string is passed on as JDBC parameters.
 * {@code jdbc:} URLs are taken as they are, and {@code h2:mem:name} / {@code h2:file:./var/db}
 * become {@code jdbc:h2:...}. Read at start-up only.
 *
 * @param user     the decoded user, or null when the URL names none
 * @param password the decoded password, or null when the URL gives none
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    /** The URL schemes understood, and the JDBC subprotocol each becomes. */
    private static final Map<String, String> SCHEMES = Map.of(
            "postgres", "postgresql", "postgresql", "postgresql", "pgsql", "postgresql",
            "mysql", "mysql", "mariadb", "mariadb");

    static final String FORMS = "postgres://user:password@host:5432/name (also postgresql://, mysql://,"
            + " mariadb://; characters such as @ : / ? # % in the user or password percent-encoded, e.g. @ as %40),"
            + " a JDBC URL (jdbc:postgresql://host:5432/name), or h2:file:./var/db";

    /** True for a value {@link #parse} reads into something else than itself (not a {@code jdbc:} URL). */
    public static boolean needsParsing(String url) {
        return url != null && !url.strip().startsWith("jdbc:");
    }

    /**
     * @throws IllegalArgumentException saying what is wrong and showing the accepted forms; the
     *         message never repeats the password
     */
    public static DatabaseUrl parse(String text) {
        String url = text == null ? "" : text.strip();
        if (url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, null, null);
        }
        if (url.startsWith("h2:")) {
            return new DatabaseUrl("jdbc:" + url, null, null);
        }
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw new IllegalArgumentException("it is not a database URL. Write it as " + FORMS + ".");
        }
        String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
        String protocol = SCHEMES.get(scheme);
        if (protocol == null) {
            throw new IllegalArgumentException("its scheme '" + scheme + "' is not one Mosaic knows."
                    + Suggestions.didYouMean(scheme, SCHEMES.keySet()) + " Write it as " + FORMS + ".");
        }
        String rest = url.substring(sep + 3);
        if (rest.indexOf('#') >= 0) {
            throw new IllegalArgumentException("it contains '#', which ends a URL: a # in the password must be written"
                    + " %23. Write it as " + FORMS + ".");
        }
        int pathStart = indexOfAny(rest, "/?");
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String tail = pathStart < 0 ? "" : rest.substring(pathStart);
        int at = authority.lastIndexOf('@');
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
            if (user.isEmpty()) {
                user = null;
            }
        }
        String hosts = authority.substring(at + 1);
        checkHosts(hosts);
        int query = tail.indexOf('?');
        String path = query < 0 ? tail : tail.substring(0, query);
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty() || database.indexOf('/') >= 0) {
            throw new IllegalArgumentException("it names " + (database.isEmpty() ? "no database after the host"
                    : "a database with a slash in its name (is there a '/' in the password? it must be written %2F)")
                    + ". Write it as " + FORMS + ".");
        }
        String params = query < 0 ? "" : tail.substring(query + 1);
        return new DatabaseUrl("jdbc:" + protocol + "://" + hosts + "/" + database + (params.isEmpty() ? "" : "?" + params),
                user, password);
    }

    /** One host or, for PostgreSQL's fail-over, several {@code host:port} separated by commas. */
    private static void checkHosts(String hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("it names no host (a Unix socket cannot be reached over JDBC)."
                    + " Write it as " + FORMS + ".");
        }
        for (String host : hosts.split(",", -1)) {
            String name = host;
            String port = null;
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                if (close < 0 || (close + 1 < host.length() && host.charAt(close + 1) != ':')) {
                    throw new IllegalArgumentException("its host is not a bracketed IPv6 address ([::1] or"
                            + " [::1]:5432). Write it as " + FORMS + ".");
                }
                port = close + 1 < host.length() ? host.substring(close + 2) : null;
                name = host.substring(0, close + 1);
            } else {
                int colon = host.lastIndexOf(':');
                if (colon >= 0) {
                    port = host.substring(colon + 1);
                    name = host.substring(0, colon);
                }
            }
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' && !host.startsWith("["))) {
                throw new IllegalArgumentException("its host is not a host name or address (a ':', '/' or '@' in the"
                        + " password must be percent-encoded: %3A, %2F, %40). Write it as " + FORMS + ".");
            }
            if (port != null && !isPort(port)) {
                throw new IllegalArgumentException("its port is not a number from 1 to 65535 (a ':', '/' or '@' in"
                        + " the password must be percent-encoded: %3A, %2F, %40). Write it as " + FORMS + ".");
            }
        }
    }

    private static boolean isPort(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int p = Integer.parseInt(s);
        return p >= 1 && p <= 65535;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 3986 percent-decoding as UTF-8; unlike form decoding, '+' stays '+'. */
    static String decode(String s, String what) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int percent = s.indexOf('%', i);
            int end = percent < 0 ? s.length() : percent;
            byte[] plain = s.substring(i, end).getBytes(StandardCharsets.UTF_8); // whole runs: surrogate pairs stay whole
            bytes.write(plain, 0, plain.length);
            if (percent < 0) {
                break;
            }
            int hi = percent + 2 < s.length() ? Character.digit(s.charAt(percent + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(s.charAt(percent + 2), 16);
            if (lo < 0) {
                throw new IllegalArgumentException("its " + what + " has a '%' that is not followed by two hex"
                        + " digits: a % in the " + what + " must be written %25.");
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("its " + what + " percent-decodes to bytes that are not UTF-8.");
        }
    }

    @Override
    public String toString() {
        return jdbcUrl + (user == null ? "" : " (user " + user + ")"); // never the password
    }
}
