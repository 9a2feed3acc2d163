package dev.mosaic.http;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values (RFC 6266): a quoted ASCII {@code filename} every client
 * understands and, when the name is not plain ASCII, a {@code filename*} in UTF-8 that modern
 * clients prefer.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String of(String disposition, String filename) {
        String name = UploadedFile.sanitize(filename);
        StringBuilder fallback = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') {
                fallback.append(c);
            } else {
                fallback.append('_');
            }
        }
        StringBuilder b = new StringBuilder(disposition).append("; filename=\"").append(fallback).append('"');
        if (!fallback.toString().equals(name)) {
            b.append("; filename*=UTF-8''").append(encode(name));
        }
        return b.toString();
    }

    /** RFC 5987 {@code attr-char} percent-encoding of the UTF-8 bytes. */
    private static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
