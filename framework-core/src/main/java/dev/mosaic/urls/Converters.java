package dev.mosaic.urls;

import java.util.Map;
import java.util.UUID;

/** The built-in path converters: {@code int}, {@code str}, {@code slug}, {@code uuid}, {@code path}. */
public final class Converters {
    private Converters() {
    }

    /** Zero or a positive integer: {@code [0-9]+}, converted to {@code Integer}. */
    public static final PathConverter<Integer> INT = new PathConverter<>() {
        public String regex() {
            return "[0-9]+";
        }

        public Integer toJava(String value) {
            return Integer.valueOf(value); // NumberFormatException (too large) means no match
        }

        public String toUrl(Integer value) {
            if (value < 0) {
                throw new IllegalArgumentException("int converter takes no negative numbers, got " + value);
            }
            return value.toString();
        }
    };

    /** Any non-empty text without {@code /}. */
    public static final PathConverter<String> STR = new PathConverter<>() {
        public String regex() {
            return "[^/]+";
        }

        public String toJava(String value) {
            return value;
        }

        public String toUrl(String value) {
            return value;
        }
    };

    /** ASCII letters, digits, hyphens and underscores. */
    public static final PathConverter<String> SLUG = new PathConverter<>() {
        public String regex() {
            return "[-a-zA-Z0-9_]+";
        }

        public String toJava(String value) {
            return value;
        }

        public String toUrl(String value) {
            return value;
        }
    };

    /** A lower-case, hyphenated UUID, converted to {@link UUID}. */
    public static final PathConverter<UUID> UUID_CONVERTER = new PathConverter<>() {
        public String regex() {
            return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        }

        public UUID toJava(String value) {
            return UUID.fromString(value);
        }

        public String toUrl(UUID value) {
            return value.toString();
        }
    };

    /** Any non-empty text, {@code /} included: the rest of a path. */
    public static final PathConverter<String> PATH = new PathConverter<>() {
        public String regex() {
            return ".+";
        }

        public String toJava(String value) {
            return value;
        }

        public String toUrl(String value) {
            return value;
        }
    };

    /** The built-ins by name. */
    public static Map<String, PathConverter<?>> builtins() {
        return Map.of("int", INT, "str", STR, "slug", SLUG, "uuid", UUID_CONVERTER, "path", PATH);
    }
}
