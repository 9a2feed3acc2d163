package dev.mosaic.http.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.DisallowedHost;
import dev.mosaic.http.Headers;
import dev.mosaic.http.SuspiciousOperation;

import java.util.List;
import java.util.Locale;

/**
 * How an application works out a request's scheme, host, port and client address:
 * {@code ALLOWED_HOSTS} and the proxy settings ({@code SECURE_PROXY_SSL_HEADER},
 * {@code USE_X_FORWARDED_HOST}, {@code USE_X_FORWARDED_PORT}, {@code REMOTE_ADDR_HEADER}), read
 * and checked once at start-up. A proxy header is read only when its setting says a proxy sets
 * it: otherwise any client could claim HTTPS, another host or another address.
 */
public final class HostPolicy {
    /** Outside an application (a bare {@code Request.builder}): any well-formed host, no proxy headers. */
    public static final HostPolicy UNCHECKED = new HostPolicy(AllowedHosts.of(List.of("*")), null, null, false, false,
            null);

    private final AllowedHosts allowedHosts;
    private final String sslHeader;
    private final String sslValue;
    private final boolean forwardedHost;
    private final boolean forwardedPort;
    private final String remoteAddrHeader;
    /**
     * The last host that passed, so that the requests of a site, which nearly all carry the same
     * Host header, skip the parsing and the ALLOWED_HOSTS lookup. One entry, replaced by the next
     * allowed host: a client sending many different hosts cannot make it grow, and a refused host
     * is never kept.
     */
    private volatile Resolved last;

    private record Resolved(String raw, String scheme, RequestOrigin origin) {
    }

    private HostPolicy(AllowedHosts allowedHosts, String sslHeader, String sslValue, boolean forwardedHost,
                       boolean forwardedPort, String remoteAddrHeader) {
        this.allowedHosts = allowedHosts;
        this.sslHeader = sslHeader;
        this.sslValue = sslValue;
        this.forwardedHost = forwardedHost;
        this.forwardedPort = forwardedPort;
        this.remoteAddrHeader = remoteAddrHeader;
    }

    /**
     * @throws ImproperlyConfigured when SECURE_PROXY_SSL_HEADER is not a [header, value] pair, or
     *         REMOTE_ADDR_HEADER is not a header name a proxy can set
     */
    public static HostPolicy from(Settings settings) {
        String header = null;
        String value = null;
        List<String> ssl = settings.contains("SECURE_PROXY_SSL_HEADER") ? settings.list("SECURE_PROXY_SSL_HEADER") : null;
        if (ssl != null && settings.get("SECURE_PROXY_SSL_HEADER") != null) {
            String origin = settings.origin("SECURE_PROXY_SSL_HEADER");
            if (ssl.size() != 2 || blank(ssl.get(0)) || blank(ssl.get(1))) {
                throw new ImproperlyConfigured("Setting SECURE_PROXY_SSL_HEADER (from " + origin + ") must be a list of"
                        + " two texts, the header your proxy sets and the value that means HTTPS; got " + ssl
                        + ". Fix: SECURE_PROXY_SSL_HEADER: [X-Forwarded-Proto, https], or remove it when no proxy"
                        + " terminates TLS in front of Mosaic.");
            }
            header = ssl.get(0).strip();
            value = ssl.get(1).strip();
            if (header.toUpperCase(Locale.ROOT).startsWith("HTTP_") || !isToken(header)) {
                String suggestion = header.toUpperCase(Locale.ROOT).startsWith("HTTP_")
                        ? headerName(header.substring(5)) : "X-Forwarded-Proto";
                throw new ImproperlyConfigured("Setting SECURE_PROXY_SSL_HEADER (from " + origin + ") names the header '"
                        + header + "', which is not an HTTP header name as a proxy sends it (Django's META form"
                        + " HTTP_X_FORWARDED_PROTO is not used in Mosaic). Fix: SECURE_PROXY_SSL_HEADER: ["
                        + suggestion + ", " + value + "].");
            }
        }
        return new HostPolicy(AllowedHosts.from(settings), header, value,
                settings.bool("USE_X_FORWARDED_HOST"), settings.bool("USE_X_FORWARDED_PORT"), remoteAddrHeader(settings));
    }

    private static String remoteAddrHeader(Settings settings) {
        String header = settings.contains("REMOTE_ADDR_HEADER") ? settings.string("REMOTE_ADDR_HEADER") : null;
        if (header == null || header.isBlank()) {
            return null;
        }
        header = header.strip();
        String origin = settings.origin("REMOTE_ADDR_HEADER");
        String upper = header.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HTTP_") || !isToken(header)) {
            String suggestion = upper.startsWith("HTTP_") ? headerName(header.substring(5)) : "X-Real-IP";
            throw new ImproperlyConfigured("Setting REMOTE_ADDR_HEADER (from " + origin + ") names the header '" + header
                    + "', which is not an HTTP header name as a proxy sends it (Django's META form HTTP_X_REAL_IP is"
                    + " not used in Mosaic). Fix: REMOTE_ADDR_HEADER: " + suggestion + ".");
        }
        if (upper.equals("FORWARDED")) {
            throw new ImproperlyConfigured("Setting REMOTE_ADDR_HEADER (from " + origin + ") names 'Forwarded', whose"
                    + " values are 'for=...;proto=...' pairs rather than addresses, which Mosaic does not read. Fix:"
                    + " have the proxy send the client's address alone (Nginx: proxy_set_header X-Real-IP"
                    + " $remote_addr;) and set REMOTE_ADDR_HEADER: X-Real-IP.");
        }
        return header;
    }

    public AllowedHosts allowedHosts() {
        return allowedHosts;
    }

    /**
     * The origin of one request, Django's {@code get_host()}/{@code get_port()}/{@code scheme}.
     *
     * @param scheme, serverName, serverPort what the container saw
     */
    public RequestOrigin resolve(Headers headers, String scheme, String serverName, int serverPort) {
        String effectiveScheme = scheme(headers, scheme);
        int forwarded = -1;
        if (forwardedPort) {
            String p = headers.get("X-Forwarded-Port");
            if (p != null) {
                forwarded = parsePort(p.strip());
                if (forwarded < 0) {
                    return invalid(effectiveScheme, new SuspiciousOperation("Invalid X-Forwarded-Port header: '" + p
                            + "'. It must be a port number (USE_X_FORWARDED_PORT is on)."));
                }
            }
        }
        String raw = forwardedHost && headers.get("X-Forwarded-Host") != null ? headers.get("X-Forwarded-Host")
                : headers.get("Host");
        boolean fromHeader = raw != null;
        if (!fromHeader) {
            // PEP 333's reconstruction, as Django: the server name, and the port unless it is the default.
            int p = forwarded >= 0 ? forwarded : serverPort;
            raw = serverName + (p == RequestOrigin.defaultPort(effectiveScheme) ? "" : ":" + p);
        }
        boolean cacheable = fromHeader && forwarded < 0;
        Resolved seen = last;
        if (cacheable && seen != null && seen.raw.equals(raw) && seen.scheme.equals(effectiveScheme)) {
            return seen.origin;
        }
        String[] domainPort = AllowedHosts.splitDomainPort(raw);
        String domain = domainPort[0];
        if (domain.isEmpty() || !allowedHosts.allows(domain)) {
            String message = "Invalid HTTP_HOST header: " + quote(raw) + ". " + (domain.isEmpty()
                    ? "The domain name provided is not valid according to RFC 1034/1035."
                    : "You may need to add " + quote(domain) + " to ALLOWED_HOSTS.");
            return invalid(effectiveScheme, new DisallowedHost(message));
        }
        String explicitPort = domainPort[1];
        int port;
        if (forwarded >= 0) {
            port = forwarded;
        } else if (!explicitPort.isEmpty()) {
            port = parsePort(explicitPort);
            if (port < 0) {
                return invalid(effectiveScheme, new DisallowedHost("Invalid HTTP_HOST header: " + quote(raw)
                        + ". The port is not a port number."));
            }
        } else {
            port = fromHeader ? RequestOrigin.defaultPort(effectiveScheme) : serverPort;
        }
        String authority = explicitPort.isEmpty() ? domain : domain + ":" + explicitPort;
        RequestOrigin origin = new RequestOrigin(effectiveScheme, domain, port, authority, null);
        if (cacheable) {
            last = new Resolved(raw, effectiveScheme, origin);
        }
        return origin;
    }

    /**
     * The client's address: with {@code REMOTE_ADDR_HEADER} set and the header present, the
     * rightmost entry of its last line (X-Forwarded-For lists the hops, and the one Nginx's
     * {@code $proxy_add_x_forwarded_for} appends, the address that connected to it, comes last;
     * X-Real-IP holds that one alone) when it is an IP literal; otherwise the address of the
     * connection, {@code socketAddr}. Anything a client could have put further left is ignored.
     */
    public String clientAddress(Headers headers, String socketAddr) {
        if (remoteAddrHeader == null) {
            return socketAddr;
        }
        List<String> lines = headers.all(remoteAddrHeader);
        if (lines.isEmpty()) {
            return socketAddr;
        }
        String line = lines.get(lines.size() - 1);
        String last = line.substring(line.lastIndexOf(',') + 1).strip();
        return IpLiteral.isValid(last) ? last : socketAddr;
    }

    /** The header REMOTE_ADDR_HEADER names, or null when client addresses come from the connection. */
    public String remoteAddrHeader() {
        return remoteAddrHeader;
    }

    private String scheme(Headers headers, String containerScheme) {
        if (sslHeader != null) {
            String v = headers.get(sslHeader);
            if (v != null) {
                int comma = v.indexOf(',');
                String first = (comma < 0 ? v : v.substring(0, comma)).strip();
                return first.equals(sslValue) ? "https" : "http";
            }
        }
        return containerScheme == null ? "http" : containerScheme.toLowerCase(Locale.ROOT);
    }

    private static RequestOrigin invalid(String scheme, dev.mosaic.http.HttpException error) {
        return new RequestOrigin(scheme, "", -1, "", error);
    }

    private static int parsePort(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        int p = Integer.parseInt(s);
        return p >= 1 && p <= 65535 ? p : -1;
    }

    /** Python's repr of a text, as Django's messages show it. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** X_FORWARDED_PROTO as a header is written: X-Forwarded-Proto. */
    private static String headerName(String metaName) {
        StringBuilder b = new StringBuilder(metaName.length());
        for (String part : metaName.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                b.append(b.length() == 0 ? "" : "-").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
