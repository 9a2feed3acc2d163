package dev.mosaic.urls.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.internal.Suggestions;
import dev.mosaic.urls.PathConverter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Parses {@code path()} syntax ({@code "blog/<int:year>/<slug:slug>/"}) into tokens, checking it at start-up. */
public final class RouteSyntax {
    private RouteSyntax() {
    }

    /**
     * @param where the declaring URL configuration, for error messages
     */
    public static List<Token> parse(String route, Map<String, PathConverter<?>> converters, String where) {
        String at = "URL route '" + route + "' in " + where;
        if (route.startsWith("/")) {
            throw new ImproperlyConfigured(at + " starts with '/'. Routes have no leading slash: write path(\""
                    + route.replaceFirst("^/+", "") + "\", ...).");
        }
        for (String marker : new String[] {"(?P<", "^", "$"}) {
            if (route.contains(marker)) {
                throw new ImproperlyConfigured(at + " contains '" + marker + "', but path() routes are not regular"
                        + " expressions. Use rePath(\"" + route + "\", ...) for a regular expression, or drop the '"
                        + marker + "'.");
            }
        }
        List<Token> tokens = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        while (i < route.length()) {
            int open = route.indexOf('<', i);
            if (open < 0) {
                tokens.add(new Token.Literal(route.substring(i)));
                break;
            }
            if (open > i) {
                tokens.add(new Token.Literal(route.substring(i, open)));
            }
            int close = route.indexOf('>', open);
            int nextOpen = route.indexOf('<', open + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                throw new ImproperlyConfigured(at + " has an unclosed '<' at index " + open
                        + ". Close the parameter: <converter:name>, e.g. <int:year>.");
            }
            tokens.add(param(route.substring(open + 1, close), converters, at, names));
            i = close + 1;
        }
        return List.copyOf(tokens);
    }

    private static Token param(String inside, Map<String, PathConverter<?>> converters, String at, Set<String> names) {
        int colon = inside.indexOf(':');
        String conv = colon < 0 ? "str" : inside.substring(0, colon);
        String name = colon < 0 ? inside : inside.substring(colon + 1);
        if (name.isEmpty()) {
            throw new ImproperlyConfigured(at + " has a parameter with no name: <" + inside
                    + ">. Write <converter:name>, e.g. <int:year>.");
        }
        if (!isIdentifier(name)) {
            throw new ImproperlyConfigured(at + " has a parameter name '" + name + "' that is not an identifier."
                    + " Use letters, digits and underscores, not starting with a digit.");
        }
        if (!names.add(name)) {
            throw new ImproperlyConfigured(at + " uses the parameter name '" + name + "' twice."
                    + " Give each parameter its own name.");
        }
        PathConverter<?> converter = converters.get(conv);
        if (converter == null) {
            throw new ImproperlyConfigured(at + " uses unknown converter '" + conv + "'."
                    + Suggestions.didYouMean(conv, converters.keySet()) + " Known converters: "
                    + String.join(", ", new TreeSet<>(converters.keySet()))
                    + ". Register your own in AppConfig.converters() or UrlConf.converters().");
        }
        return new Token.Param(name, converter);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
