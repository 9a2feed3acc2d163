package com.example.site;

import dev.mosaic.http.Request;
import dev.mosaic.http.RequestUser;
import dev.mosaic.server.Application;
import dev.mosaic.templates.ContextProcessor;
import dev.mosaic.urls.NoReverseMatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's own context processor: the navigation of {@code base.html}, a link for each app
 * that is installed (so that each app still works on its own), and the visitor's account links
 * when contrib.auth's middleware is on. The links are reversed once per application, not on
 * every page.
 */
public final class NavProcessor implements ContextProcessor {
    private static final String[][] NAV = {
            {"pages:home", "Home"}, {"blog:index", "Blog"}, {"polls:index", "Polls"}, {"api:questions", "API"},
            {"accounts:members", "Members"}, {"pages:about", "About"}};

    private volatile Links links;

    @Override
    public Map<String, Object> process(Request request) {
        Links links = links(request);
        Map<String, Object> context = new HashMap<>();
        context.put("nav", links.nav());
        context.put("home_url", links.home() == null ? request.contextPath() + "/" : links.home());
        if (links.account() != null && request.attribute(RequestUser.ATTRIBUTE) != null) {
            context.put("account", request.user());
            context.put("account_urls", links.account());
        }
        return context;
    }

    /**
     * The links of the request's application, reversed when it renders its first page. Its URL
     * configuration and context path (which reversed paths include) are fixed from start-up on,
     * so they are reversed again only for another application (tests start several in a JVM).
     */
    private Links links(Request request) {
        Links links = this.links;
        if (links == null || links.app() != request.app()) {
            links = Links.of(request);
            this.links = links; // a race reverses twice, with the same result
        }
        return links;
    }

    /** Immutable, so one instance serves every thread. */
    private record Links(Application app, List<Map<String, String>> nav, String home, Map<String, String> account) {
        static Links of(Request request) {
            List<Map<String, String>> nav = new ArrayList<>(NAV.length);
            for (String[] item : NAV) {
                String href = link(request, item[0]);
                if (href != null) {
                    nav.add(Map.of("href", href, "label", item[1]));
                }
            }
            Map<String, String> account = null;
            String login = link(request, "login");
            if (login != null) {
                Map<String, String> urls = new HashMap<>(); // not Map.of: an app that is not installed has a null link
                urls.put("login", login);
                urls.put("logout", link(request, "logout"));
                urls.put("profile", link(request, "accounts:profile"));
                urls.put("signup", link(request, "accounts:signup"));
                account = Collections.unmodifiableMap(urls);
            }
            return new Links(request.app(), List.copyOf(nav), link(request, "pages:home"), account);
        }
    }

    private static String link(Request request, String name) {
        try {
            return request.reverse(name);
        } catch (NoReverseMatch e) {
            return null;
        }
    }
}
