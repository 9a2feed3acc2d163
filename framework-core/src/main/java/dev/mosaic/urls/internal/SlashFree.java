package dev.mosaic.urls.internal;

import dev.mosaic.urls.Converters;
import dev.mosaic.urls.PathConverter;

/**
 * Decides, conservatively, whether a converter's regex can never match {@code /}. Such a
 * converter matches within one path segment and goes into the segment tree; any other one
 * (like {@code path}) makes the rest of its route a tail matched as a whole. "Not sure" is
 * answered "may match a slash", which is always correct, only slower.
 */
final class SlashFree {
    private SlashFree() {
    }

    static boolean of(PathConverter<?> converter) {
        if (converter == Converters.INT || converter == Converters.STR || converter == Converters.SLUG
                || converter == Converters.UUID_CONVERTER) {
            return true;
        }
        return converter != Converters.PATH && regexCannotMatchSlash(converter.regex());
    }

    static boolean regexCannotMatchSlash(String re) {
        boolean inClass = false;
        boolean negated = false;
        boolean negatedHasSlash = false;
        char previous = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= re.length()) {
                    return false;
                }
                char n = re.charAt(++i);
                if (n == '/') {
                    if (!inClass || !negated) {
                        return false;
                    }
                    negatedHasSlash = true;
                } else if ("dwsbBAGZz".indexOf(n) < 0 && Character.isLetterOrDigit(n)) {
                    return false; // \S, \W, \D, \p{..}, \x2F, \Q..\E and friends: may match '/'
                }
                previous = n;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    if (negated && !negatedHasSlash) {
                        return false;
                    }
                    inClass = false;
                } else if (c == '[' || c == '&') {
                    return false; // nested classes and intersections: not worth proving
                } else if (c == '/') {
                    if (!negated) {
                        return false;
                    }
                    negatedHasSlash = true;
                } else if (c == '-' && i + 1 < re.length() && re.charAt(i + 1) != ']' && previous != '['
                        && previous <= '/' && re.charAt(i + 1) >= '/') {
                    return false; // a range that spans '/'
                }
            } else if (c == '[') {
                inClass = true;
                negated = i + 1 < re.length() && re.charAt(i + 1) == '^';
                negatedHasSlash = false;
                if (negated) {
                    i++;
                }
            } else if (c == '.' || c == '/') {
                return false;
            }
            previous = c;
        }
        return !inClass;
    }
}
