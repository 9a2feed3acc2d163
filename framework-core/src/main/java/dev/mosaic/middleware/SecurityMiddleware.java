package dev.mosaic.middleware;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Handler;
import dev.mosaic.http.FixedHeader;
import dev.mosaic.http.Headers;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.http.SuspiciousOperation;
import dev.mosaic.middleware.internal.CspPolicy;
import dev.mosaic.middleware.internal.LocationPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Django's {@code SecurityMiddleware}, plus the Content-Security-Policy that Django 6 keeps in a
 * middleware of its own. List it first in {@code MIDDLEWARE}. On every response, unless the
 * view set the header itself:
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} ({@code SECURE_CONTENT_TYPE_NOSNIFF});</li>
 *   <li>{@code Referrer-Policy} ({@code SECURE_REFERRER_POLICY}, default {@code same-origin});</li>
 *   <li>{@code Cross-Origin-Opener-Policy} ({@code SECURE_CROSS_ORIGIN_OPENER_POLICY});</li>
 *   <li>{@code Strict-Transport-Security}, over HTTPS only and only when
 *       {@code SECURE_HSTS_SECONDS} is above 0, with {@code includeSubDomains} and
 *       {@code preload} as configured;</li>
 *   <li>{@code Content-Security-Policy} and {@code -Report-Only} from {@code SECURE_CSP} and
 *       {@code SECURE_CSP_REPORT_ONLY}, with the request's {@link Csp#nonce} when a view used it
 *       (not on a view wrapped in {@link Csp#exempt}, nor on DEBUG's 404 and 500 pages).</li>
 * </ul>
 * With {@code SECURE_SSL_REDIRECT}, a plain-HTTP request is sent to the same URL on
 * {@code https://} (301), on {@code SECURE_SSL_HOST} if set, unless its path (without the
 * leading slash) matches a regular expression of {@code SECURE_REDIRECT_EXEMPT}.
 *
 * <pre>{@code
 * MIDDLEWARE: [dev.mosaic.middleware.SecurityMiddleware, ...]
 * SECURE_HSTS_SECONDS: 31536000
 * SECURE_SSL_REDIRECT: true
 * SECURE_REDIRECT_EXEMPT: ['^health/$']
 * }</pre>
 *
 * Every setting is read and checked when the chain is built: an unknown referrer policy, a bad
 * regular expression or CSP source stops start-up, naming the setting and the fix.
 */
public final class SecurityMiddleware implements Middleware {
    static final Set<String> REFERRER_POLICIES = Set.of("no-referrer", "no-referrer-when-downgrade", "origin",
            "origin-when-cross-origin", "same-origin", "strict-origin", "strict-origin-when-cross-origin",
            "unsafe-url");
    static final Set<String> OPENER_POLICIES = Set.of("same-origin", "same-origin-allow-popups", "unsafe-none",
            "noopener-allow-popups");
    /** Django's {@code host_validation_re}: a name or IPv6 literal, then an optional port. */
    private static final Pattern HOST = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");

    private static final String CSP = "Content-Security-Policy";
    private static final String CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only";

    private final Settings settings;

    public SecurityMiddleware(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Handler wrap(Handler next) {
        // The fixed headers are checked and made once here; Jetty then sends them from bytes encoded once.
        FixedHeader nosniff = settings.bool("SECURE_CONTENT_TYPE_NOSNIFF")
                ? FixedHeader.of("X-Content-Type-Options", "nosniff") : null;
        FixedHeader referrerPolicy = fixed("Referrer-Policy", referrerPolicy(settings));
        FixedHeader openerPolicy = fixed("Cross-Origin-Opener-Policy", openerPolicy(settings));
        FixedHeader hsts = fixed("Strict-Transport-Security", hsts(settings));
        boolean sslRedirect = settings.bool("SECURE_SSL_REDIRECT");
        String sslHost = sslHost(settings);
        List<Pattern> exempt = redirectExempt(settings);
        CspPolicy csp = CspPolicy.compile(settings, "SECURE_CSP");
        CspPolicy cspReportOnly = CspPolicy.compile(settings, "SECURE_CSP_REPORT_ONLY");
        boolean debug = settings.debug();

        return request -> {
            Response response;
            if (sslRedirect && !request.isSecure() && !isExempt(exempt, request.path())) {
                response = Response.redirect("https://" + (sslHost != null ? sslHost : hostWithPort(request))
                        + fullPath(request), true);
            } else {
                response = next.handle(request);
            }
            Headers headers = response.headers();
            if (hsts != null && request.isSecure()) {
                headers.setIfAbsent(hsts);
            }
            if (nosniff != null) {
                headers.setIfAbsent(nosniff);
            }
            if (referrerPolicy != null) {
                headers.setIfAbsent(referrerPolicy);
            }
            if (openerPolicy != null) {
                headers.setIfAbsent(openerPolicy);
            }
            if ((csp != null || cspReportOnly != null) && !response.isMarked(Csp.EXEMPT_MARK)
                    && !(debug && (response.status() == 404 || response.status() == 500))) {
                // DEBUG's technical 404/500 pages carry inline styles a strict policy would block (as Django 6).
                String nonce = Csp.nonceIfUsed(request);
                setPolicy(headers, CSP, csp, nonce);
                setPolicy(headers, CSP_REPORT_ONLY, cspReportOnly, nonce);
            }
            return response;
        };
    }

    private static FixedHeader fixed(String name, String value) {
        return value == null ? null : FixedHeader.of(name, value);
    }

    private static void setPolicy(Headers headers, String name, CspPolicy policy, String nonce) {
        if (policy == null || headers.contains(name)) {
            return;
        }
        String value = policy.render(nonce);
        if (!value.isEmpty()) {
            headers.set(name, value);
        }
    }

    private static boolean isExempt(List<Pattern> exempt, String path) {
        if (exempt.isEmpty()) {
            return false;
        }
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        String relative = path.substring(start);
        for (Pattern p : exempt) {
            if (p.matcher(relative).find()) {
                return true;
            }
        }
        return false;
    }

    /** The path and query, as sent but safely encoded, including the context path. */
    private static String fullPath(Request request) {
        String path = LocationPaths.escape(request.contextPath() + request.path());
        String query = request.queryString();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The validated host ({@code ALLOWED_HOSTS}, {@code X-Forwarded-Host} only with
     * {@code USE_X_FORWARDED_HOST}) with the port as sent, as Django's {@code get_host()}; checked
     * again against Django's host syntax, because it goes into a Location header.
     */
    private static String hostWithPort(Request request) {
        String host = request.authority();
        if (!HOST.matcher(host).matches()) {
            throw new SuspiciousOperation("Invalid Host header: '" + host + "'. The HTTPS redirect needs a valid host.");
        }
        return host;
    }

    // ---- settings, read and checked once, at start-up --------------------------------------------

    private static String referrerPolicy(Settings settings) {
        List<String> values = new ArrayList<>();
        for (String item : settings.list("SECURE_REFERRER_POLICY")) {
            for (String v : item.split(",")) {
                String value = v.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (!REFERRER_POLICIES.contains(value)) {
                    throw new ImproperlyConfigured("Setting SECURE_REFERRER_POLICY (from "
                            + settings.origin("SECURE_REFERRER_POLICY") + ") has the value '" + value + "', which is"
                            + " not a referrer policy (security.E023). Fix: use one or more of "
                            + String.join(", ", new TreeSet<>(REFERRER_POLICIES)) + ".");
                }
                values.add(value);
            }
        }
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String openerPolicy(Settings settings) {
        String value = settings.string("SECURE_CROSS_ORIGIN_OPENER_POLICY");
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (!OPENER_POLICIES.contains(value)) {
            throw new ImproperlyConfigured("Setting SECURE_CROSS_ORIGIN_OPENER_POLICY (from "
                    + settings.origin("SECURE_CROSS_ORIGIN_OPENER_POLICY") + ") has the value '" + value + "', which"
                    + " is not a Cross-Origin-Opener-Policy (security.E024). Fix: use one of "
                    + String.join(", ", new TreeSet<>(OPENER_POLICIES)) + ", or leave it empty for no header.");
        }
        return value;
    }

    private static String hsts(Settings settings) {
        int seconds = settings.integer("SECURE_HSTS_SECONDS");
        if (seconds < 0) {
            throw new ImproperlyConfigured("Setting SECURE_HSTS_SECONDS (from " + settings.origin("SECURE_HSTS_SECONDS")
                    + ") is " + seconds + ", below 0. Fix: give the seconds browsers should remember to use HTTPS"
                    + " only (e.g. 3600 to try it, 31536000 for a year), or 0 for no HSTS header.");
        }
        if (seconds == 0) {
            return null;
        }
        return "max-age=" + seconds
                + (settings.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS") ? "; includeSubDomains" : "")
                + (settings.bool("SECURE_HSTS_PRELOAD") ? "; preload" : "");
    }

    private static String sslHost(Settings settings) {
        String host = settings.string("SECURE_SSL_HOST");
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.strip();
        if (!HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            throw new ImproperlyConfigured("Setting SECURE_SSL_HOST (from " + settings.origin("SECURE_SSL_HOST")
                    + ") is '" + host + "', which is not a host name with an optional port. Fix: give the host"
                    + " alone, e.g. secure.example.com or secure.example.com:8443, without https:// or a path.");
        }
        return host;
    }

    private static List<Pattern> redirectExempt(Settings settings) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : settings.list("SECURE_REDIRECT_EXEMPT")) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new ImproperlyConfigured("Setting SECURE_REDIRECT_EXEMPT (from "
                        + settings.origin("SECURE_REDIRECT_EXEMPT") + ") has '" + regex + "', which is not a regular"
                        + " expression: " + e.getDescription() + " near index " + e.getIndex() + ". Fix: correct it;"
                        + " it is matched against the path without its leading slash, e.g. '^health/$'.", e);
            }
        }
        return List.copyOf(patterns);
    }
}
