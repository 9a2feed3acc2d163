package dev.mosaic.http;

import dev.mosaic.http.internal.UploadLimits;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code application/x-www-form-urlencoded} text (query strings and form bodies) and
 * percent-decodes. Malformed escapes are a {@link BadRequest}, never a 500.
 */
public final class UrlEncoded {
    private UrlEncoded() {
    }

    public static Params parse(String text, Charset charset) {
        return parse(text, charset, Integer.MAX_VALUE);
    }

    /**
     * @param maxFields more fields than this is a {@link BadRequest} naming the limit
     *                  ({@code DATA_UPLOAD_MAX_NUMBER_FIELDS})
     */
    public static Params parse(String text, Charset charset, int maxFields) {
        if (text == null || text.isEmpty()) {
            return Params.empty();
        }
        Params.Builder b = Params.builder();
        int count = 0;
        int start = 0;
        int len = text.length();
        while (start <= len) {
            int amp = text.indexOf('&', start);
            if (amp < 0) {
                amp = len;
            }
            if (amp > start) {
                if (++count > maxFields) {
                    throw UploadLimits.tooManyFields(maxFields);
                }
                int eq = text.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > amp) {
                    name = decode(text, start, amp, charset);
                    value = "";
                } else {
                    name = decode(text, start, eq, charset);
                    value = decode(text, eq + 1, amp, charset);
                }
                b.add(name, value);
            }
            start = amp + 1;
        }
        return b.build();
    }

    /** Decodes {@code %XX} escapes and {@code +} (as a space) in {@code s}. */
    public static String decode(String s, Charset charset) {
        return decode(s, 0, s.length(), charset);
    }

    static String decode(String s, int from, int to, Charset charset) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '+') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        ByteArrayOutputStream bytes = null;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c == '%') {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                bytes.reset();
                while (i < to && s.charAt(i) == '%') {
                    if (i + 3 > to) {
                        throw new BadRequest("Malformed percent-escape in '" + abbreviate(s) + "'");
                    }
                    int hi = Character.digit(s.charAt(i + 1), 16);
                    int lo = Character.digit(s.charAt(i + 2), 16);
                    if (hi < 0 || lo < 0) {
                        throw new BadRequest("Malformed percent-escape in '" + abbreviate(s) + "'");
                    }
                    bytes.write((hi << 4) | lo);
                    i += 3;
                }
                out.append(new String(bytes.toByteArray(), charset == null ? StandardCharsets.UTF_8 : charset));
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
