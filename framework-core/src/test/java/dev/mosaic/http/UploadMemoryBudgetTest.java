package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.server.EmbeddedServer;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FILE_UPLOAD_MAX_MEMORY_SIZE bounds the heap held by all the files of one request together, as
 * Django's MemoryFileUploadHandler does, not each file: a request of many just-under-the-limit
 * files must not keep them all in memory. On real Jetty with raw sockets, chunked (length
 * unknown, so the budget is spent file by file) and with a Content-Length (over the limit:
 * everything spools from the start), and through the test client.
 */
class UploadMemoryBudgetTest {
    static {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    static final int LIMIT = 1000;

    @TempDir
    static Path uploads;
    static EmbeddedServer server;

    public static final class Urls implements UrlConf {
        /** One letter per file in order, M in memory and D on disk, then the heap the files hold. */
        public List<UrlPattern> patterns() {
            return List.of(path("upload/", r -> {
                StringBuilder b = new StringBuilder();
                long memory = 0;
                for (UploadedFile f : r.files().getOrDefault("f", List.of())) {
                    if (f.inMemory()) {
                        memory += f.size();
                    } else if (!Files.exists(f.temporaryFile())) {
                        return Response.text("spooled file missing");
                    }
                    b.append(f.inMemory() ? 'M' : 'D');
                }
                return Response.text(b + " " + memory);
            }));
        }
    }

    static Settings settings() {
        return Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName(), "DEBUG", false, "MIDDLEWARE", List.of(),
                "SECRET_KEY", dev.mosaic.TestKeys.SECRET_KEY, "ALLOWED_HOSTS", List.of("localhost", "testserver"),
                "FILE_UPLOAD_MAX_MEMORY_SIZE", LIMIT, "FILE_UPLOAD_TEMP_DIR", uploads.toString()));
    }

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(Application.start(settings()), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void noTemporaryFileIsLeft() throws IOException {
        // The servlet deletes spooled files after the last byte is written: wait (bounded), then insist.
        List<Path> left = List.of();
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(uploads)) {
                left = files.toList();
            }
            if (left.isEmpty()) {
                break;
            }
            sleep();
        }
        assertEquals(List.of(), left, "spooled uploads are deleted when the request ends");
    }

    /** {@code count} files of {@code size} bytes, then one of {@code lastSize} bytes. */
    static byte[] files(int count, int size, int lastSize) {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < count; i++) {
            body.file("f", "a" + i + ".bin", "application/octet-stream", new byte[size]);
        }
        return body.file("f", "last.bin", "application/octet-stream", new byte[lastSize]).build();
    }

    static JettyHarness.RawResponse send(byte[] body, boolean chunked) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                    + MultipartBody.contentType() + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            if (chunked) {
                // Small chunks, so the parser sees the body a piece at a time as from a slow client.
                // The last chunk goes out in one write with the terminating chunk: the server may
                // answer (and, with Connection: close, close) as soon as it has the closing boundary,
                // and a write after that would fail with a broken pipe on the client's side.
                for (int off = 0; off < body.length; off += 300) {
                    int n = Math.min(300, body.length - off);
                    java.io.ByteArrayOutputStream piece = new java.io.ByteArrayOutputStream();
                    piece.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    piece.write(body, off, n);
                    piece.write((off + n == body.length ? "\r\n0\r\n\r\n" : "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(piece.toByteArray());
                    out.flush();
                }
            } else {
                out.write(body);
            }
            out.flush();
            return JettyHarness.RawResponse.parse(socket.getInputStream().readAllBytes());
        }
    }

    @Test
    void ofManyJustUnderTheLimitFilesOnlyTheBudgetStaysInMemory() throws IOException {
        // 20 files of 400 bytes, each far under the limit: before the fix, all 8000 bytes sat on the heap.
        JettyHarness.RawResponse r = send(files(19, 400, 400), true);
        assertEquals(200, r.status(), r.text());
        assertEquals("MM" + "D".repeat(18) + " 800", r.text());
    }

    @Test
    void onceTheBudgetIsExceededEveryLaterFileSpoolsEvenASmallOne() throws IOException {
        // 900 + 900 does not fit in 1000: the second file spools, and so does the 10-byte last one.
        JettyHarness.RawResponse r = send(files(2, 900, 10), true);
        assertEquals(200, r.status(), r.text());
        assertEquals("MDD 900", r.text());
    }

    @Test
    void aContentLengthOverTheLimitSpoolsFromTheStart() throws IOException {
        JettyHarness.RawResponse r = send(files(19, 400, 400), false);
        assertEquals(200, r.status(), r.text());
        assertEquals("D".repeat(20) + " 0", r.text());
    }

    @Test
    void aRequestWithinTheLimitKeepsItsFilesInMemory() throws IOException {
        byte[] body = files(2, 100, 100);
        assertTrue(body.length <= LIMIT, "the whole body, boundaries included, is within the limit");
        assertEquals("MMM 300", send(body, false).text());
        assertEquals("MMM 300", send(body, true).text());
    }

    @Test
    void theTestClientSeesTheSameBudget() {
        TestResponse r = Client.of(settings()).request("POST", "/upload/", MultipartBody.contentType(),
                files(4, 900, 900));
        assertEquals(200, r.status(), r.text());
        assertEquals("DDDDD 0", r.text());
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
