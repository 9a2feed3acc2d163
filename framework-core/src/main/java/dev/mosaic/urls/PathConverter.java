package dev.mosaic.urls;

/**
 * Turns one part of a URL into a Java value and back, as Django's path converters do. Register
 * your own through {@code AppConfig.converters()} or {@code UrlConf.converters()}.
 *
 * <pre>{@code
 * final class YearConverter implements PathConverter<Integer> {
 *     public String regex() { return "[0-9]{4}"; }
 *     public Integer toJava(String value) { return Integer.valueOf(value); }
 *     public String toUrl(Integer value) { return String.format("%04d", value); }
 * }
 * }</pre>
 *
 * @param <T> the Java type the view receives
 */
public interface PathConverter<T> {
    /** The regular expression (no anchors, no capturing groups) that the URL part must match. */
    String regex();

    /**
     * Converts the matched text. Throw {@link IllegalArgumentException} to say "no match" so the
     * resolver tries the next pattern (Django's {@code ValueError}). The resolver may call it
     * more than once for the same text (to check a route, then to capture the winner's values),
     * so the answer must depend on {@code value} alone.
     */
    T toJava(String value);

    /**
     * Converts a value to URL text for {@code reverse()}. Throw {@link IllegalArgumentException}
     * when the value cannot be in a URL.
     */
    String toUrl(T value);
}
