package dev.mosaic.urls.internal;

import dev.mosaic.internal.Suggestions;
import dev.mosaic.urls.NoReverseMatch;
import dev.mosaic.urls.PathConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code reverse()}: from a (namespaced) URL name and arguments to a path. Like Django, each
 * value goes through its converter's {@code toUrl}, the result must match the converter's
 * regex (or the {@code rePath} regex), and the path is percent-encoded.
 */
public final class Reverser {
    /** One value to fill in: named (kwargs) or positional (name null); converter null for regex groups. */
    private record Hole(String name, PathConverter<?> converter) {
    }

    /** A route made reversible: literal {@code String}s and {@link Hole}s, or the reason it is not. */
    private record Template(FlatRoute route, List<Object> parts, List<Hole> holes, TokenRegex check,
                            String cannotReverse) {
    }

    private final Map<String, Template> byName;
    private final Map<String, FlatRoute> routesByName;
    private final Namespaces namespaces;
    private final Map<PathConverter<?>, Pattern> converterPatterns = new IdentityHashMap<>();
    private final String prefix;

    public Reverser(Map<String, FlatRoute> routesByName, Namespaces namespaces, String prefix) {
        this.routesByName = routesByName;
        this.namespaces = namespaces;
        this.prefix = prefix;
        Map<String, Template> templates = new HashMap<>();
        routesByName.forEach((name, route) -> templates.put(name, template(route)));
        this.byName = templates;
    }

    private Template template(FlatRoute route) {
        List<Object> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        boolean regex = false;
        for (Token t : route.tokens()) {
            if (t instanceof Token.Literal l) {
                parts.add(l.text());
            } else if (t instanceof Token.Param p) {
                Hole h = new Hole(p.name(), p.converter());
                converterPatterns.computeIfAbsent(p.converter(), c -> Pattern.compile(c.regex()));
                parts.add(h);
                holes.add(h);
            } else if (t instanceof Token.Regex r) {
                regex = true;
                if (r.piece().template() == null) {
                    return new Template(route, null, null, null, r.piece().cannotReverse());
                }
                for (Object part : r.piece().template()) {
                    if (part instanceof Integer group) {
                        Hole h = new Hole(r.piece().groups().get(group - 1).name(), null);
                        parts.add(h);
                        holes.add(h);
                    } else {
                        parts.add(part);
                    }
                }
            }
        }
        long named = holes.stream().filter(h -> h.name() != null).count();
        if (named > 0 && named < holes.size()) {
            return new Template(route, null, null, null, "both named and unnamed groups");
        }
        return new Template(route, List.copyOf(parts), List.copyOf(holes),
                regex ? TokenRegex.of(route.tokens()) : null, null);
    }

    public String reverse(String viewName, Object[] args, Map<String, ?> kwargs) {
        Template t = lookup(viewName);
        String name = t.route().name();
        if (t.cannotReverse() != null) {
            throw new NoReverseMatch("Reverse for '" + name + "' not found: its pattern '" + t.route().route()
                    + "' is a regular expression Mosaic cannot reverse (it has " + t.cannotReverse() + "). Only literal"
                    + " text, \\-escapes and capturing groups can be reversed; use path() with converters instead.");
        }
        String[] values = fill(t, args, kwargs);
        if (values != null) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            for (Object part : t.parts()) {
                b.append(part instanceof String s ? s : values[i++]);
            }
            String candidate = b.toString();
            if (t.check() == null || (t.check().prefixOnly ? t.check().pattern.matcher(candidate).lookingAt()
                    : t.check().pattern.matcher(candidate).matches())) {
                String url = prefix + "/" + PercentEncoder.encode(candidate);
                return url.startsWith("//") ? "/%2F" + url.substring(2) : url; // never a scheme-relative URL
            }
        }
        throw new NoReverseMatch("Reverse for '" + name + "' with " + describe(args, kwargs) + " not found. 1 pattern(s)"
                + " tried: ['" + t.route().route() + "']");
    }

    /** The text for each hole, or null when the arguments do not fit. */
    private String[] fill(Template t, Object[] args, Map<String, ?> kwargs) {
        List<Hole> holes = t.holes();
        String[] out = new String[holes.size()];
        if (kwargs != null) {
            if (kwargs.size() != holes.size()) {
                return null;
            }
            for (int i = 0; i < out.length; i++) {
                if (holes.get(i).name() == null || !kwargs.containsKey(holes.get(i).name())) {
                    return null;
                }
                out[i] = text(holes.get(i), kwargs.get(holes.get(i).name()));
                if (out[i] == null) {
                    return null;
                }
            }
            return out;
        }
        if (args.length != holes.size()) {
            return null;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = text(holes.get(i), args[i]);
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String text(Hole hole, Object value) {
        if (value == null) {
            return null;
        }
        if (hole.converter() == null) {
            return value.toString();
        }
        String text;
        try {
            text = ((PathConverter) hole.converter()).toUrl(value);
        } catch (ClassCastException e) {
            text = value.toString(); // "2024" for an int: fine if it matches the converter's regex, as in Django
        } catch (IllegalArgumentException e) {
            return null;
        }
        return text != null && converterPatterns.get(hole.converter()).matcher(text).matches() ? text : null;
    }

    private Template lookup(String viewName) {
        if (viewName == null) {
            throw new NoReverseMatch("Reverse for 'null' not found. Pass a URL name such as \"blog:detail\".");
        }
        List<String> parts = Arrays.asList(viewName.split(":", -1));
        String name = parts.get(parts.size() - 1);
        String ns = namespaces.resolve(parts.subList(0, parts.size() - 1));
        String key = ns.isEmpty() ? name : ns + ":" + name;
        Template t = byName.get(key);
        if (t == null) {
            String inNs = ns.isEmpty() ? "" : ns + ":";
            List<String> known = routesByName.keySet().stream()
                    .filter(k -> k.startsWith(inNs) && k.indexOf(':', inNs.length()) < 0)
                    .map(k -> k.substring(inNs.length())).collect(Collectors.toList());
            throw new NoReverseMatch("Reverse for '" + name + "' not found. '" + name
                    + "' is not a valid view function or pattern name." + Suggestions.didYouMean(name, known));
        }
        return t;
    }

    private static String describe(Object[] args, Map<String, ?> kwargs) {
        if (kwargs != null) {
            if (kwargs.isEmpty()) {
                return "no arguments";
            }
            return "keyword arguments '{" + kwargs.entrySet().stream()
                    .map(e -> repr(e.getKey()) + ": " + repr(e.getValue())).collect(Collectors.joining(", ")) + "}'";
        }
        if (args.length == 0) {
            return "no arguments";
        }
        return "arguments '(" + Arrays.stream(args).map(Reverser::repr).collect(Collectors.joining(", ")) + ")'";
    }

    /** Python-like: strings in single quotes, so '(1)' and '('1')' differ in the message. */
    private static String repr(Object o) {
        if (o == null) {
            return "None";
        }
        return o instanceof CharSequence s ? "'" + s.toString().replace("'", "\\'") + "'" : o.toString();
    }
}
