package dev.mosaic.urls.internal;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The rest of one route from a segment boundary on, matched as a whole: used when the route
 * has a {@code path} converter, a converter that may match {@code /}, or a {@code rePath} regex.
 */
final class Tail {
    final Target target;
    private final TokenRegex regex;
    private final TokenRegex.Capture[] captures;

    Tail(Target target, TokenRegex regex, List<TokenRegex.Capture> captures) {
        this.target = target;
        this.regex = regex;
        this.captures = captures.toArray(TokenRegex.Capture[]::new);
    }

    /** Matches {@code path[start..]}, writing values from {@code base}. */
    boolean match(String path, int start, Object[] values, int base) {
        Matcher m = regex.pattern.matcher(path).region(start, path.length());
        if (!(regex.prefixOnly ? m.lookingAt() : m.matches())) {
            return false;
        }
        try {
            for (int i = 0; i < captures.length; i++) {
                String raw = m.group(captures[i].group());
                values[base + i] = raw == null || captures[i].converter() == null ? raw
                        : captures[i].converter().toJava(raw);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
