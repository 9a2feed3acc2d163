package dev.mosaic.urls;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.http.Handler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled URL configuration: resolves paths to views and reverses names to paths.
 * Built once at start-up from {@code ROOT_URLCONF}; immutable and shared by all threads.
 *
 * <p>(Skeleton: a linear scan over compiled patterns. Replaced by the segment tree.)
 */
public final class Resolver {
    private static final Pattern PARAM = Pattern.compile("<(?:(?<conv>[^>:]+):)?(?<name>[^>]+)>");

    /** One flattened route with its full regex and reverse template. */
    private record Compiled(Pattern regex, List<String> paramNames, List<PathConverter<?>> converters,
                            Handler handler, String name, List<String> namespaces, List<String> appNames,
                            String route, List<Object> template) {
    }

    private final List<Compiled> routes;
    private final Map<String, List<Compiled>> byName;
    private final String prefix;

    private Resolver(List<Compiled> routes, String prefix) {
        this.routes = routes;
        this.prefix = prefix;
        Map<String, List<Compiled>> names = new HashMap<>();
        for (Compiled c : routes) {
            if (c.name != null) {
                String key = c.namespaces.isEmpty() ? c.name : String.join(":", c.namespaces) + ":" + c.name;
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        this.byName = names;
    }

    /**
     * Compiles {@code root} and everything it includes.
     *
     * @param converters converters by name (built-ins plus the apps' own)
     * @param prefix     prepended to every reversed path (the context path of a WAR, or "")
     */
    public static Resolver compile(UrlConf root, Map<String, PathConverter<?>> converters, String prefix) {
        List<Compiled> out = new ArrayList<>();
        Map<String, PathConverter<?>> all = new HashMap<>(Converters.builtins());
        all.putAll(converters);
        flatten(root, new Prefix("", "", List.of(), List.of(), List.of()), List.of(), List.of(), all, out);
        return new Resolver(List.copyOf(out), prefix == null ? "" : prefix);
    }

    /** What an include contributes to the routes below it: regex, route text and reverse template. */
    private record Prefix(String regex, String route, List<String> names, List<PathConverter<?>> converters,
                          List<Object> template) {
    }

    private static <T> List<T> plus(List<T> mine, List<T> more) {
        List<T> all = new ArrayList<>(mine);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static void flatten(UrlConf conf, Prefix prefix, List<String> namespaces,
                                List<String> appNames, Map<String, PathConverter<?>> converters, List<Compiled> out) {
        Map<String, PathConverter<?>> convs = new HashMap<>(converters);
        convs.putAll(conf.converters());
        for (UrlPattern p : conf.patterns()) {
            List<String> names = new ArrayList<>();
            List<PathConverter<?>> cs = new ArrayList<>();
            List<Object> template = new ArrayList<>();
            String regex = p.isRegex() ? stripAnchors(p.pattern()) : routeToRegex(p.pattern(), convs, names, cs, template);
            List<String> allNames = plus(prefix.names, names);
            List<PathConverter<?>> allConvs = plus(prefix.converters, cs);
            List<Object> allTemplate = plus(prefix.template, template);
            if (p instanceof UrlPattern.Route r) {
                out.add(new Compiled(Pattern.compile("^" + prefix.regex + regex + "$"), allNames, allConvs, r.handler(),
                        r.name(), namespaces, appNames, prefix.route + p.pattern(), allTemplate));
            } else if (p instanceof UrlPattern.Include inc) {
                UrlConf child = inc.urlConf().get();
                List<String> ns = new ArrayList<>(namespaces);
                List<String> an = new ArrayList<>(appNames);
                String app = child.appName();
                String instance = inc.namespace() != null ? inc.namespace() : app;
                if (instance != null) {
                    ns.add(instance);
                    an.add(app == null ? instance : app);
                }
                Prefix next = new Prefix(prefix.regex + regex, prefix.route + p.pattern(), allNames, allConvs, allTemplate);
                flatten(child, next, List.copyOf(ns), List.copyOf(an), convs, out);
            }
        }
    }

    private static String stripAnchors(String regex) {
        String r = regex.startsWith("^") ? regex.substring(1) : regex;
        return r.endsWith("$") ? r.substring(0, r.length() - 1) : r;
    }

    private static String routeToRegex(String route, Map<String, PathConverter<?>> convs, List<String> names,
                                       List<PathConverter<?>> cs, List<Object> template) {
        StringBuilder b = new StringBuilder();
        Matcher m = PARAM.matcher(route);
        int last = 0;
        while (m.find()) {
            String literal = route.substring(last, m.start());
            b.append(Pattern.quote(literal));
            template.add(literal);
            String conv = m.group("conv") == null ? "str" : m.group("conv");
            PathConverter<?> c = convs.get(conv);
            if (c == null) {
                throw new ImproperlyConfigured("URL route '" + route + "' uses invalid converter '" + conv + "'.");
            }
            b.append('(').append(c.regex()).append(')');
            names.add(m.group("name"));
            cs.add(c);
            template.add(new String[] {m.group("name")});
            last = m.end();
        }
        String tail = route.substring(last);
        if (!tail.isEmpty()) {
            b.append(Pattern.quote(tail));
            template.add(tail);
        }
        return b.toString();
    }

    /** The match for {@code path} (which starts with "/"), or a {@link Resolver404}. */
    public ResolverMatch resolve(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (Compiled c : routes) {
            Matcher m = c.regex.matcher(p);
            if (!m.matches()) {
                continue;
            }
            Map<String, Object> kwargs = new LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < c.paramNames.size(); i++) {
                try {
                    kwargs.put(c.paramNames.get(i), c.converters.get(i).toJava(m.group(i + 1)));
                } catch (IllegalArgumentException e) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new ResolverMatch(c.handler, List.of(), kwargs, c.name, c.appNames, c.namespaces, c.route);
            }
        }
        throw new Resolver404(path, routes.stream().map(Compiled::route).toList());
    }

    /** The path for a (namespaced) URL name with positional arguments. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String reverse(String viewName, Object... args) {
        List<Compiled> candidates = byName.getOrDefault(viewName, List.of());
        for (Compiled c : candidates) {
            if (c.paramNames.size() != args.length) {
                continue;
            }
            StringBuilder b = new StringBuilder(prefix).append('/');
            int i = 0;
            for (Object part : c.template) {
                if (part instanceof String s) {
                    b.append(s);
                } else {
                    b.append(((PathConverter) c.converters.get(i)).toUrl(args[i]));
                    i++;
                }
            }
            return b.toString();
        }
        throw new NoReverseMatch("Reverse for '" + viewName + "' not found.");
    }

    /** Every full route, in order, for {@code showurls} and the debug 404 page. */
    public List<String> routes() {
        return routes.stream().map(Compiled::route).toList();
    }
}
