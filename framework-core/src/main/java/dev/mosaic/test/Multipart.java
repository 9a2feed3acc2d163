package dev.mosaic.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body (RFC 7578), as a browser sends a form with file inputs:
 *
 * <pre>{@code
 * client.post("/upload/", new Multipart()
 *         .field("title", "Holiday")
 *         .file("photo", "beach.jpg", "image/jpeg", bytes));
 * }</pre>
 *
 * Parts are sent in the order they were added; a name may repeat.
 */
public final class Multipart {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Part(String name, String filename, String contentType, byte[] content) {
    }

    /** The encoded body and the {@code Content-Type} (with its boundary) that goes with it. */
    public record Encoded(String contentType, byte[] body) {
    }

    private final List<Part> parts = new ArrayList<>();

    /** Adds a plain text field. */
    public Multipart field(String name, String value) {
        Objects.requireNonNull(value, "value");
        parts.add(new Part(Objects.requireNonNull(name, "name"), null, null, value.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Adds a file; {@code contentType} null means {@code application/octet-stream}. */
    public Multipart file(String name, String filename, String contentType, byte[] content) {
        parts.add(new Part(Objects.requireNonNull(name, "name"), Objects.requireNonNull(filename, "filename"),
                contentType == null ? "application/octet-stream" : contentType,
                Objects.requireNonNull(content, "content").clone()));
        return this;
    }

    /** Adds a text file encoded in UTF-8. */
    public Multipart file(String name, String filename, String contentType, String content) {
        return file(name, filename, contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Encodes the parts with a boundary that occurs in none of them. */
    public Encoded encode() {
        String boundary = newBoundary();
        while (occursInAnyPart(boundary)) {
            boundary = newBoundary();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(escape(p.name)).append('"');
            if (p.filename != null) {
                head.append("; filename=\"").append(escape(p.filename)).append('"');
            }
            head.append("\r\n");
            if (p.contentType != null) {
                head.append("Content-Type: ").append(p.contentType).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content);
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Encoded("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private static String newBoundary() {
        return "MosaicBoundary" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
    }

    private boolean occursInAnyPart(String boundary) {
        byte[] b = boundary.getBytes(StandardCharsets.US_ASCII);
        for (Part p : parts) {
            if (indexOf(p.content, b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Field names and file names are quoted strings; browsers (and RFC 7578 section 2, through
     * the HTML standard) percent-encode the three characters that would break the quoting.
     */
    static String escape(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
