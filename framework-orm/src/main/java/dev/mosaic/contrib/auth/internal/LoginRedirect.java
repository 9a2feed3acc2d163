package dev.mosaic.contrib.auth.internal;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Django's {@code redirect_to_login} and {@code resolve_url} for LOGIN_URL, LOGIN_REDIRECT_URL
 * and LOGOUT_REDIRECT_URL: a URL name is reversed, a path is a path of this application (the
 * context path goes in front, as for URL patterns), an absolute URL is used as it is.
 */
public final class LoginRedirect {
    private LoginRedirect() {
    }

    /**
     * A redirect to {@code loginUrl} with {@code next=} the page asked for, as the browser asked
     * for it: context path included, or the absolute URL when the login is on another host.
     */
    public static Response to(Request request, String loginUrl) {
        String url = resolve(request, loginUrl);
        String next = sameOrigin(request, url) ? request.contextPath() + request.fullPath() : request.buildAbsoluteUri();
        String sep = url.contains("?") ? "&" : "?";
        return Response.redirect(url + sep + "next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                .replace("%2F", "/"));
    }

    /**
     * Where a setting's value points, for this request: {@code /accounts/login/} is
     * {@code /shop/accounts/login/} in a WAR deployed as {@code shop.war}; {@code login} and
     * {@code accounts:profile} are reversed (which adds the context path too);
     * {@code https://sso.example.com/login} and {@code //sso.example.com/login} are used as they
     * are, as is a relative {@code ./} or {@code ../} path.
     *
     * @throws dev.mosaic.urls.NoReverseMatch for a name that is not a route (the auth app's
     *         start-up check, auth.E001, reports that first)
     */
    public static String resolve(Request request, String target) {
        if (isApplicationPath(target)) {
            return request.contextPath() + target;
        }
        if (isUrlName(target)) {
            return request.reverse(target);
        }
        return target;
    }

    /** {@code /path}: a path of this application. */
    public static boolean isApplicationPath(String target) {
        return target.startsWith("/") && !target.startsWith("//");
    }

    /** Neither a path, nor a relative path, nor a URL with a scheme or host: a name to reverse. */
    public static boolean isUrlName(String target) {
        return !target.isEmpty() && !target.startsWith("/") && !target.startsWith(".") && !target.contains("//");
    }

    /** Django: next is the full path unless the login URL names another scheme or host. */
    private static boolean sameOrigin(Request request, String loginUrl) {
        if (!loginUrl.contains("//")) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(loginUrl);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return (uri.getScheme() == null || uri.getScheme().equalsIgnoreCase(request.scheme()))
                && (uri.getRawAuthority() == null || uri.getRawAuthority().equalsIgnoreCase(request.authority()));
    }
}
