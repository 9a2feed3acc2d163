package dev.mosaic.urls.internal;

import dev.mosaic.urls.Converters;
import dev.mosaic.urls.PathConverter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches one path segment ({@code path[start, end)}, no {@code /} inside) that holds converter
 * parameters, writing converted values into {@code values} from {@code base}. With {@code values}
 * null it only checks: the search runs that way, and the winning route alone is matched again to
 * capture. A converter that throws {@link IllegalArgumentException} means "no match here".
 */
abstract class SegmentMatcher {
    final int params;

    SegmentMatcher(int params) {
        this.params = params;
    }

    abstract boolean match(String path, int start, int end, Object[] values, int base);

    static SegmentMatcher of(List<Token> segment) {
        if (segment.size() == 1 && segment.get(0) instanceof Token.Param p
                && (p.converter() == Converters.INT || p.converter() == Converters.STR
                || p.converter() == Converters.SLUG)) {
            return new WholeSegment(p.converter());
        }
        String prefix = segment.get(0) instanceof Token.Literal l ? l.text() : "";
        Token last = segment.get(segment.size() - 1);
        String suffix = segment.size() > 1 && last instanceof Token.Literal l ? l.text() : "";
        return new PatternSegment(TokenRegex.of(segment), prefix, suffix);
    }

    /** True for no converter (a regex group) and for the built-ins that return the text unchanged. */
    static boolean cannotFail(PathConverter<?> converter) {
        return converter == null || converter == Converters.STR || converter == Converters.SLUG
                || converter == Converters.PATH;
    }

    /** A segment that is one built-in parameter: checked by a loop, no regex, no allocation. */
    private static final class WholeSegment extends SegmentMatcher {
        private static final String MAX_INT = String.valueOf(Integer.MAX_VALUE);

        private final PathConverter<?> converter;

        WholeSegment(PathConverter<?> converter) {
            super(1);
            this.converter = converter;
        }

        @Override
        boolean match(String path, int start, int end, Object[] values, int base) {
            if (start == end) {
                return false;
            }
            if (converter != Converters.STR) {
                boolean digitsOnly = converter == Converters.INT;
                for (int i = start; i < end; i++) {
                    char c = path.charAt(i);
                    boolean ok = c >= '0' && c <= '9'
                            || !digitsOnly && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_');
                    if (!ok) {
                        return false;
                    }
                }
                if (digitsOnly && !fitsInt(path, start, end)) {
                    return false; // Integer.valueOf would throw: no match, as for any converter
                }
            }
            if (values != null) {
                values[base] = converter.toJava(path.substring(start, end));
            }
            return true;
        }

        /** Digits {@code path[start, end)} are at most {@link Integer#MAX_VALUE}. */
        private static boolean fitsInt(String path, int start, int end) {
            while (start < end - 1 && path.charAt(start) == '0') {
                start++;
            }
            int digits = end - start;
            if (digits != MAX_INT.length()) {
                return digits < MAX_INT.length();
            }
            for (int i = 0; i < digits; i++) {
                char c = path.charAt(start + i);
                char max = MAX_INT.charAt(i);
                if (c != max) {
                    return c < max;
                }
            }
            return true;
        }
    }

    /**
     * Any other segment, such as {@code page-<int:n>.html} or a user converter: one compiled pattern,
     * tried only when the segment has the literal text around the parameters (a {@code Matcher}
     * costs an allocation, and most segments a search tries here are someone else's).
     */
    private static final class PatternSegment extends SegmentMatcher {
        private final String prefix;
        private final String suffix;
        private final Pattern pattern;
        private final int[] groups;
        private final PathConverter<?>[] converters;

        PatternSegment(TokenRegex regex, String prefix, String suffix) {
            super(regex.captures.size());
            this.prefix = prefix;
            this.suffix = suffix;
            this.pattern = regex.pattern;
            this.groups = regex.captures.stream().mapToInt(TokenRegex.Capture::group).toArray();
            this.converters = regex.captures.stream().map(TokenRegex.Capture::converter).toArray(PathConverter<?>[]::new);
        }

        @Override
        boolean match(String path, int start, int end, Object[] values, int base) {
            if (end - start < prefix.length() + suffix.length() || !path.startsWith(prefix, start)
                    || !path.startsWith(suffix, end - suffix.length())) {
                return false;
            }
            Matcher m = pattern.matcher(path).region(start, end);
            if (!m.matches()) {
                return false;
            }
            try {
                for (int i = 0; i < groups.length; i++) {
                    if (values == null && cannotFail(converters[i])) {
                        continue; // nothing to check and nothing to keep
                    }
                    Object value = converters[i].toJava(m.group(groups[i])); // run when checking: may reject
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
}
