package dev.mosaic.middleware.internal;

import dev.mosaic.urls.internal.PercentEncoder;

/** Turns a decoded request path into the path part of a {@code Location} header, safely. */
public final class LocationPaths {
    private LocationPaths() {
    }

    /**
     * Percent-encodes {@code path} with the encoder {@code reverse()} uses (so {@code \} and
     * control characters cannot reach the header, and a redirect matches the reversed URL), then
     * applies {@link #keepOnThisHost}.
     */
    public static String escape(String path) {
        return keepOnThisHost(PercentEncoder.encode(path));
    }

    /**
     * Escapes a leading {@code //} of an encoded path as {@code /%2F}: a Location of
     * {@code //evil.com/} would send the browser to another host.
     */
    public static String keepOnThisHost(String encodedPath) {
        if (encodedPath.length() >= 2 && encodedPath.charAt(0) == '/' && encodedPath.charAt(1) == '/') {
            return "/%2F" + encodedPath.substring(2);
        }
        return encodedPath;
    }
}
