package dev.mosaic.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * A file from a {@code multipart/form-data} body ({@code request.FILES} in Django). Small files
 * are held in memory; files larger than {@code FILE_UPLOAD_MAX_MEMORY_SIZE} are spooled to a
 * temporary file, which is deleted when the request ends unless {@link #transferTo} moved it.
 *
 * <p>{@link #filename()} is what the browser sent, reduced to its last path component: show it,
 * but never use it as a path on the server without choosing the directory yourself.
 */
public final class UploadedFile {
    private final String fieldName;
    private final String filename;
    private final String contentType;
    private final long size;
    private final byte[] bytes;
    private Path file;
    private boolean temporary;

    private UploadedFile(String fieldName, String filename, String contentType, long size, byte[] bytes, Path file) {
        this.fieldName = fieldName;
        this.filename = sanitize(filename);
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.size = size;
        this.bytes = bytes;
        this.file = file;
        this.temporary = file != null;
    }

    /** A file held in memory; request factories in tests use it too. */
    public static UploadedFile inMemory(String fieldName, String filename, String contentType, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new UploadedFile(fieldName, filename, contentType, bytes.length, bytes, null);
    }

    /** A file spooled to {@code temporaryFile}, which the request deletes when it ends. */
    static UploadedFile spooled(String fieldName, String filename, String contentType, Path temporaryFile, long size) {
        return new UploadedFile(fieldName, filename, contentType, size, null, temporaryFile);
    }

    /** The name of the form field the file came in. */
    public String fieldName() {
        return fieldName;
    }

    /** The client's file name without any directory part; "" when the client sent none. */
    public String filename() {
        return filename;
    }

    /** The content type the client declared (not verified); {@code application/octet-stream} if none. */
    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** True when the content is in memory rather than in a temporary file. */
    public boolean inMemory() {
        return bytes != null;
    }

    /** A new stream over the content; the caller closes it. */
    public InputStream inputStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /** The whole content in memory: fine for small files, avoid for large ones. */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + filename, e);
        }
    }

    /**
     * Writes the content to {@code target}, replacing it if it exists. A spooled file is moved
     * there (no copy), after which this object reads from {@code target} and the request no
     * longer deletes it.
     */
    public void transferTo(Path target) throws IOException {
        if (bytes != null) {
            Files.write(target, bytes);
            return;
        }
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        file = target;
        temporary = false;
    }

    /** Deletes the temporary file, if this upload still owns one. Called when the request ends. */
    void deleteTemporary() {
        if (temporary) {
            temporary = false;
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temp file we cannot delete is left for the OS's temp cleaner; the request must still finish.
            }
        }
    }

    /** The temporary file, or null; for tests of the clean-up. */
    Path temporaryFile() {
        return temporary ? file : null;
    }

    /**
     * Keeps only the last path component (browsers on Windows once sent {@code C:\...}), drops
     * control characters, and refuses the names "." and "..".
     */
    static String sanitize(String name) {
        if (name == null) {
            return "";
        }
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(cut + 1);
        StringBuilder b = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c >= 0x20 && c != 0x7f) {
                b.append(c);
            }
        }
        String clean = b.toString().strip();
        if (clean.equals(".") || clean.equals("..")) {
            return "";
        }
        return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + ": " + filename + ", " + contentType + ", " + size + " bytes]";
    }
}
