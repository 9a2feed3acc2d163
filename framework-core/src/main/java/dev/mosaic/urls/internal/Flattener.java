package dev.mosaic.urls.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.urls.PathConverter;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a URL configuration and everything it includes, depth first in declaration order, and
 * produces the flat route list, the name table and the namespaces. Every start-up check of
 * a URL configuration happens here or in the syntax classes it calls.
 */
public final class Flattener {
    private final List<FlatRoute> routes = new ArrayList<>();
    private final Map<String, FlatRoute> byName = new HashMap<>();
    private final Namespaces namespaces = new Namespaces();

    private Flattener() {
    }

    public static Flattener flatten(UrlConf root, Map<String, PathConverter<?>> converters) {
        Flattener f = new Flattener();
        f.walk(root, describe(root, "ROOT_URLCONF"), List.of(), "", List.of(), List.of(), converters);
        return f;
    }

    public List<FlatRoute> routes() {
        return List.copyOf(routes);
    }

    public Map<String, FlatRoute> byName() {
        return Map.copyOf(byName);
    }

    public Namespaces namespaces() {
        return namespaces;
    }

    private void walk(UrlConf conf, String confName, List<Token> prefix, String routePrefix, List<String> ns,
                      List<String> apps, Map<String, PathConverter<?>> inherited) {
        Map<String, PathConverter<?>> converters = inherited;
        if (!conf.converters().isEmpty()) {
            converters = new HashMap<>(inherited);
            converters.putAll(conf.converters());
        }
        List<UrlPattern> patterns = conf.patterns();
        if (patterns == null) {
            throw new ImproperlyConfigured(confName + ".patterns() returned null. Return a list, e.g. List.of(path(...)).");
        }
        for (UrlPattern p : patterns) {
            List<Token> tokens = new ArrayList<>(prefix);
            if (p.isRegex()) {
                tokens.add(new Token.Regex(new RegexPiece(p.pattern(), confName)));
            } else {
                tokens.addAll(RouteSyntax.parse(p.pattern(), converters, confName));
            }
            String route = routePrefix + p.pattern();
            if (p instanceof UrlPattern.Route r) {
                addRoute(r, route, ns, apps, confName, tokens);
            } else if (p instanceof UrlPattern.Include inc) {
                UrlConf child = inc.urlConf().get();
                String childName = describe(child, "patterns included by " + confName);
                String app = child.appName();
                String instance = inc.namespace() != null ? inc.namespace() : app;
                List<String> childNs = ns;
                List<String> childApps = apps;
                if (instance != null) {
                    namespaces.register(String.join(":", ns), instance, app,
                            "the include at '" + route + "' in " + confName);
                    childNs = append(ns, instance);
                    childApps = append(apps, app == null ? instance : app);
                }
                walk(child, childName, List.copyOf(tokens), route, childNs, childApps, converters);
            }
        }
    }

    private void addRoute(UrlPattern.Route r, String route, List<String> ns, List<String> apps, String confName,
                          List<Token> tokens) {
        if (r.name() != null && r.name().contains(":")) {
            throw new ImproperlyConfigured("URL name '" + r.name() + "' of route '" + route + "' in " + confName
                    + " contains ':', which separates namespaces in reverse(). Use another character, e.g. '-'.");
        }
        FlatRoute flat = new FlatRoute(routes.size(), route, r.handler(), r.name(), ns, apps, confName,
                List.copyOf(tokens));
        routes.add(flat);
        if (r.name() != null) {
            FlatRoute earlier = byName.putIfAbsent(flat.qualifiedName(), flat);
            if (earlier != null) {
                throw new ImproperlyConfigured("URL name '" + r.name() + "' is used twice in "
                        + (ns.isEmpty() ? "the root namespace" : "namespace '" + String.join(":", ns) + "'")
                        + ": by route '" + earlier.route() + "' (" + earlier.conf() + ") and by route '" + route
                        + "' (" + confName + "). Give each route its own name; reverse() needs one route per name"
                        + " in a namespace.");
            }
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    private static String describe(UrlConf conf, String fallback) {
        Class<?> c = conf.getClass();
        return c.isSynthetic() || c.isHidden() ? fallback : c.getName();
    }
}
