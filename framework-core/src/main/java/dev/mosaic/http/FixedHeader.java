package dev.mosaic.http;

import java.util.Objects;
import java.util.function.Function;

/**
 * A response header whose name and value are fixed when the site starts: a middleware's
 * {@code X-Content-Type-Options: nosniff}, a view's constant {@code Cache-Control}. It is
 * checked once, when made, instead of on every response, and a container that can send a header
 * from bytes encoded in advance (Jetty's {@code PreEncodedHttpField}) encodes it once.
 *
 * <pre>{@code
 * private static final FixedHeader NOSNIFF = FixedHeader.of("X-Content-Type-Options", "nosniff");
 * ...
 * response.headers().setIfAbsent(NOSNIFF);
 * }</pre>
 *
 * Make one in a constant or in {@code Middleware.wrap}, never per request: that would only add an
 * object to what {@code setIfAbsent(name, value)} does.
 */
public final class FixedHeader {
    private final String name;
    private final String value;
    // The container's own encoded form, made on first use. Racy on purpose: every thread computes
    // an equal, immutable object, and whichever write wins is fine.
    private Object encoded;

    private FixedHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException if the name is empty or not a token, or the value holds a
     *         control character (CR or LF would inject headers)
     */
    public static FixedHeader of(String name, String value) {
        Headers.check(name, value);
        return new FixedHeader(name, value);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    /**
     * For container adapters: this header in the container's own encoded form, made by
     * {@code encoder} on first use and kept. {@code type} is the class of that form, checked so
     * that two containers in one JVM each get their own.
     */
    public <T> T encoded(Class<T> type, Function<? super FixedHeader, ? extends T> encoder) {
        Object e = encoded;
        if (type.isInstance(e)) {
            return type.cast(e);
        }
        T made = Objects.requireNonNull(encoder.apply(this), "encoder");
        encoded = made;
        return made;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedHeader h && name.equalsIgnoreCase(h.name) && value.equals(h.value);
    }

    @Override
    public int hashCode() {
        return name.toLowerCase(java.util.Locale.ROOT).hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
