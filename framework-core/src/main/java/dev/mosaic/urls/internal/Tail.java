package dev.mosaic.urls.internal;

import dev.mosaic.urls.Converters;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The rest of one route from a segment boundary on, matched as a whole: used when the route
 * has a {@code path} converter, a converter that may match {@code /}, or a {@code rePath} regex.
 */
final class Tail {
    private final TokenRegex regex;
    private final TokenRegex.Capture[] captures;
    /** The tail is one {@code <path:...>} parameter: it matches any non-empty rest, no regex needed. */
    private final boolean wholeRest;

    Tail(List<Token> tokens, TokenRegex regex, List<TokenRegex.Capture> captures) {
        this.regex = regex;
        this.captures = captures.toArray(TokenRegex.Capture[]::new);
        this.wholeRest = tokens.size() == 1 && tokens.get(0) instanceof Token.Param p
                && p.converter() == Converters.PATH && this.captures.length == 1;
    }

    int params() {
        return captures.length;
    }

    private static boolean hasLineTerminator(String path, int start) {
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Matches {@code path[start..]}, writing values from {@code base}; with {@code values} null it only checks. */
    boolean match(String path, int start, Object[] values, int base) {
        if (wholeRest) {
            if (start >= path.length() || hasLineTerminator(path, start)) {
                return false; // as ".+" would: '.' does not match a line terminator
            }
            if (values != null) {
                values[base] = path.substring(start);
            }
            return true;
        }
        Matcher m = regex.pattern.matcher(path).region(start, path.length());
        if (!(regex.prefixOnly ? m.lookingAt() : m.matches())) {
            return false;
        }
        try {
            for (int i = 0; i < captures.length; i++) {
                if (values == null && SegmentMatcher.cannotFail(captures[i].converter())) {
                    continue; // nothing to check and nothing to keep
                }
                String raw = m.group(captures[i].group());
                Object value = raw == null || captures[i].converter() == null ? raw
                        : captures[i].converter().toJava(raw); // run when checking too: failing means no match
                if (values != null) {
                    values[base + i] = value;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
