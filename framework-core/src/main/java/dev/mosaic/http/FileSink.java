package dev.mosaic.http;

import dev.mosaic.http.internal.UploadLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Collects an uploaded file in memory, moving it to a temporary file once it outgrows the limit. */
final class FileSink implements MultipartParser.Sink {
    private final UploadLimits limits;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream out;
    private long size;

    FileSink(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        size += len;
        if (file == null && size > limits.fileMaxMemorySize()) {
            file = limits.tempDir() == null
                    ? Files.createTempFile("mosaic-upload-", ".part")
                    : Files.createTempFile(limits.tempDir(), "mosaic-upload-", ".part");
            out = Files.newOutputStream(file);
            memory.writeTo(out);
            memory = null;
        }
        if (file == null) {
            memory.write(b, off, len);
        } else {
            out.write(b, off, len);
        }
    }

    void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Drops a half-written file when parsing fails before it became an {@link UploadedFile}. */
    void discard() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Deleting below is what matters.
            }
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left for the OS's temp cleaner; the failed request is answered either way.
            }
        }
    }

    UploadedFile toUpload(Part part) {
        return file == null
                ? UploadedFile.inMemory(part.name(), part.filename(), part.contentType(), memory.toByteArray())
                : UploadedFile.spooled(part.name(), part.filename(), part.contentType(), file, size);
    }
}
