package dev.mosaic.middleware.internal;

import java.nio.charset.StandardCharsets;

/** Turns a decoded request path into the path part of a {@code Location} header, safely. */
public final class LocationPaths {
    private static final String SAFE = "/:@&+$,-_.!~*'()";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LocationPaths() {
    }

    /**
     * Percent-encodes {@code path} as Django's {@code escape_uri_path} does (so {@code \} and
     * control characters cannot reach the header), then escapes a leading {@code //} as
     * {@code /%2F}: a Location of {@code //evil.com/} would send the browser to another host.
     */
    public static String escape(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        if (b.length() >= 2 && b.charAt(0) == '/' && b.charAt(1) == '/') {
            b.replace(0, 2, "/%2F");
        }
        return b.toString();
    }
}
