package com.example.site;

import dev.mosaic.http.Request;
import dev.mosaic.http.RequestUser;
import dev.mosaic.templates.ContextProcessor;
import dev.mosaic.urls.NoReverseMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's own context processor: the navigation of {@code base.html}, a link for each app
 * that is installed (so that each app still works on its own), and the visitor's account links
 * when contrib.auth's middleware is on.
 */
public final class NavProcessor implements ContextProcessor {
    private static final String[][] NAV = {
            {"pages:home", "Home"}, {"blog:index", "Blog"}, {"polls:index", "Polls"}, {"api:questions", "API"},
            {"accounts:members", "Members"}, {"pages:about", "About"}};

    @Override
    public Map<String, Object> process(Request request) {
        List<Map<String, String>> nav = new ArrayList<>(NAV.length);
        for (String[] item : NAV) {
            String href = link(request, item[0]);
            if (href != null) {
                nav.add(Map.of("href", href, "label", item[1]));
            }
        }
        String home = link(request, "pages:home");
        Map<String, Object> context = new HashMap<>();
        context.put("nav", nav);
        context.put("home_url", home == null ? request.contextPath() + "/" : home);
        String login = link(request, "login");
        if (login != null && request.attribute(RequestUser.ATTRIBUTE) != null) {
            context.put("account", request.user());
            Map<String, String> urls = new HashMap<>();
            urls.put("login", login);
            urls.put("logout", link(request, "logout"));
            urls.put("profile", link(request, "accounts:profile"));
            urls.put("signup", link(request, "accounts:signup"));
            context.put("account_urls", urls);
        }
        return context;
    }

    private static String link(Request request, String name) {
        try {
            return request.reverse(name);
        } catch (NoReverseMatch e) {
            return null;
        }
    }
}
