package dev.mosaic.views.generic;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.ResolverMatch;
import dev.mosaic.views.View;

import java.util.Objects;

/**
 * Redirects every verb to a URL, or answers 410 Gone when there is none. One line in a URL conf:
 *
 * <pre>{@code
 * path("old/", RedirectView.to("/new/")),                                 // 302
 * path("feed/", RedirectView.to("/rss/").permanent().withQueryString()),  // 301, keeps ?page=2
 * path("p/<int:id>/", RedirectView.to("/posts/{id}/")),                   // path parameters fill {name}
 * path("b/<slug:slug>/", RedirectView.toPattern("blog:detail")),          // reversed with the path args
 * path("retired/", RedirectView.gone()),                                  // 410
 * }</pre>
 *
 * Subclass it and override {@link #redirectUrl} to compute the target; return null for 410.
 */
public class RedirectView extends View {
    private static final Target NOWHERE = new Target(null, null, false, false);

    /** Where a redirect goes and how; shared by a {@link Redirect} and every view it creates. */
    private record Target(UrlTemplate url, String patternName, boolean permanent, boolean queryString) {
    }

    private final Target target;

    public RedirectView(String url, String patternName, boolean permanent, boolean queryString) {
        this(new Target(url == null ? null : UrlTemplate.parse(url), patternName, permanent, queryString));
    }

    private RedirectView(Target target) {
        this.target = target;
    }

    /** For subclasses that override {@link #redirectUrl}: a 302 without the query string. */
    protected RedirectView() {
        this(NOWHERE);
    }

    /**
     * Redirects to {@code url}; {@code {name}} in it is replaced by that path parameter,
     * percent-encoded. A leading {@code //} that a parameter produces is escaped as {@code /%2F},
     * so the redirect stays on this host.
     */
    public static Redirect to(String url) {
        return new Redirect(new Target(UrlTemplate.parse(Objects.requireNonNull(url, "url")), null, false, false));
    }

    /**
     * Redirects to the URL named {@code patternName}, reversed with this route's path parameters
     * by name (positionally for a {@code rePath} with unnamed groups).
     */
    public static Redirect toPattern(String patternName) {
        return new Redirect(new Target(null, Objects.requireNonNull(patternName, "patternName"), false, false));
    }

    /** Answers 410 Gone: the resource existed and will not come back. */
    public static Redirect gone() {
        return new Redirect(NOWHERE);
    }

    /** Where to redirect, or null for 410 Gone. */
    public String redirectUrl(Request request) {
        String location;
        if (target.url() != null) {
            location = target.url().fill(request.pathParams());
        } else if (target.patternName() != null) {
            location = reverse(target.patternName(), request);
        } else {
            return null;
        }
        String qs = request.queryString();
        if (target.queryString() && qs != null && !qs.isEmpty()) {
            location = location + "?" + qs;
        }
        return location;
    }

    @Override
    public Response get(Request request) throws Exception {
        String location = redirectUrl(request);
        if (location == null) {
            return Response.empty(410);
        }
        return Response.redirect(location, target.permanent());
    }

    @Override
    public Response head(Request request) throws Exception {
        return get(request);
    }

    @Override
    public Response post(Request request) throws Exception {
        return get(request);
    }

    @Override
    public Response put(Request request) throws Exception {
        return get(request);
    }

    @Override
    public Response patch(Request request) throws Exception {
        return get(request);
    }

    @Override
    public Response delete(Request request) throws Exception {
        return get(request);
    }

    @Override
    public Response options(Request request) throws Exception {
        return get(request);
    }

    private static String reverse(String patternName, Request request) {
        ResolverMatch match = request.match();
        if (match != null && !match.kwargs().isEmpty()) {
            // By name: the target route may declare its parameters in another order (Django too
            // ignores unnamed groups when named ones are present).
            return request.app().urls().reverse(patternName, match.kwargs());
        }
        return request.reverse(patternName, match == null ? new Object[0] : match.args().toArray());
    }

    /** A configured redirect, usable directly as a view in {@code path(...)}. Immutable. */
    public static final class Redirect implements Handler {
        private final Target target;
        private final Handler view;

        private Redirect(Target target) {
            this.target = target;
            this.view = View.asView(() -> new RedirectView(target));
        }

        /** 301 Moved Permanently instead of 302 Found. */
        public Redirect permanent() {
            return new Redirect(new Target(target.url(), target.patternName(), true, target.queryString()));
        }

        /** Appends the request's query string to the target. */
        public Redirect withQueryString() {
            return new Redirect(new Target(target.url(), target.patternName(), target.permanent(), true));
        }

        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }

        /** What {@code manage showurls} shows: {@code RedirectView to /new/{id}/ (301)}. */
        @Override
        public String toString() {
            if (target.url() == null && target.patternName() == null) {
                return "RedirectView: 410 Gone";
            }
            return "RedirectView to " + (target.url() != null ? target.url() : "pattern " + target.patternName())
                    + (target.queryString() ? " with the query string" : "") + (target.permanent() ? " (301)" : " (302)");
        }
    }
}
