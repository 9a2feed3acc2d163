package dev.mosaic.urls.internal;

import java.nio.charset.StandardCharsets;

/**
 * Quotes a reversed path as Django's {@code reverse()} does: UTF-8, and everything but
 * unreserved characters, RFC 3986 sub-delims and {@code /~:@} percent-encoded.
 */
public final class PercentEncoder {
    private static final String SAFE = "-._~" + "!$&'()*+,;=" + "/:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    public static String encode(String s) {
        int i = 0;
        while (i < s.length() && isSafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (byte b : s.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && isSafe((char) c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || SAFE.indexOf(c) >= 0;
    }
}
