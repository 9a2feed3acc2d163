package dev.mosaic.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a multipart/form-data body by hand, byte for byte as a browser sends it. */
final class MultipartBody {
    static final String BOUNDARY = "----MosaicTestBoundary7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MultipartBody field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
                value.getBytes(StandardCharsets.UTF_8));
    }

    MultipartBody file(String name, String filename, String contentType, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n", content);
    }

    MultipartBody part(String headers, byte[] content) {
        write("--" + BOUNDARY + "\r\n" + headers + "\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    byte[] build() {
        write("--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    /** The body so far, without the closing boundary: a truncated upload. */
    byte[] truncated() {
        return out.toByteArray();
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
