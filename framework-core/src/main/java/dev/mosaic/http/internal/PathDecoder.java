package dev.mosaic.http.internal;

import dev.mosaic.http.BadRequest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the raw path of a request URI: {@code %XX} escapes as UTF-8, {@code +} left as is
 * (it means a space only in query strings).
 *
 * <p>{@code %2F} decodes to {@code /}, as Django's WSGI path does, so the resolver sees one path
 * whatever the container. That is safe only because of the check after decoding: a decoded path
 * with a {@code .} or {@code ..} segment, a NUL or another control character is refused, so an
 * escape can never smuggle a traversal ({@code /static/..%2F..%2Fsecret}) past the container's
 * own normalisation. (Jetty and Tomcat reject {@code %2F} by default anyway; this covers the
 * containers configured to allow it.) A malformed escape or invalid UTF-8 is a 400.
 */
public final class PathDecoder {
    private PathDecoder() {
    }

    public static String decode(String raw) {
        String path = raw.indexOf('%') < 0 ? raw : unescape(raw);
        check(path, raw);
        return path;
    }

    private static String unescape(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new BadRequest("Malformed percent-escape in the request path '" + shorten(raw) + "'");
                }
                bytes[n++] = (byte) ((hi << 4) | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                // A container handing us an already-decoded non-ASCII char: re-encode it as UTF-8.
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (n + utf8.length > bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 + utf8.length);
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("The request path '" + shorten(raw) + "' is not valid UTF-8 once decoded");
        }
    }

    private static void check(String path, String raw) {
        int segmentStart = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c < 0x20 || c == 0x7f) {
                throw new BadRequest("The request path '" + shorten(raw) + "' contains a control character");
            }
            if (c == '/') {
                int len = i - segmentStart;
                if (len == 1 && path.charAt(segmentStart) == '.'
                        || len == 2 && path.charAt(segmentStart) == '.' && path.charAt(segmentStart + 1) == '.') {
                    throw new BadRequest("The request path '" + shorten(raw) + "' contains a '.' or '..' segment");
                }
                segmentStart = i + 1;
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
