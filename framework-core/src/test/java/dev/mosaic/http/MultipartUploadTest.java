package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.internal.UploadLimits;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartUploadTest {
    /** What the upload view saw, for the test to inspect after the request ended. */
    static final List<UploadedFile> seen = new ArrayList<>();

    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(path("upload/", Urls::upload, "upload"),
                    path("query/", r -> Response.text(r.query().toString()), "query"));
        }

        static Response upload(Request request) throws IOException {
            StringBuilder b = new StringBuilder();
            request.form().asMap().forEach((k, v) -> b.append(k).append('=').append(String.join(",", v)).append('\n'));
            for (List<UploadedFile> files : request.files().values()) {
                for (UploadedFile f : files) {
                    seen.add(f);
                    Path temp = f.temporaryFile();
                    b.append(f.fieldName()).append(':').append(f.filename()).append(':').append(f.contentType())
                            .append(':').append(f.size()).append(':').append(f.inMemory() ? "memory" : "disk")
                            .append(':').append(temp != null && Files.exists(temp)).append('\n');
                }
            }
            return Response.text(b.toString());
        }
    }

    private static Client client(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("ROOT_URLCONF", Urls.class.getName());
        seen.clear();
        return Client.of(Settings.of(all));
    }

    private static TestResponse post(Client client, byte[] body) {
        return client.request("POST", "/upload/", MultipartBody.contentType(), body);
    }

    @Test
    void fieldsAndSmallFilesArriveInFormAndFiles() {
        byte[] body = new MultipartBody()
                .field("title", "Holiday")
                .field("tag", "sea")
                .field("tag", "sun")
                .file("photo", "beach.png", "image/png", new byte[] {1, 2, 3})
                .build();
        TestResponse r = post(client(Map.of()), body);
        assertEquals(200, r.status(), r.text());
        assertEquals("title=Holiday\ntag=sea,sun\nphoto:beach.png:image/png:3:memory:false\n", r.text());
        assertArrayEquals(new byte[] {1, 2, 3}, seen.get(0).bytes());
    }

    @Test
    void largeFileIsSpooledToDiskAndDeletedWhenTheRequestEnds(@TempDir Path uploads) throws IOException {
        byte[] content = new byte[50_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        byte[] body = new MultipartBody().file("doc", "report.pdf", "application/pdf", content).build();
        TestResponse r = post(client(Map.of("FILE_UPLOAD_MAX_MEMORY_SIZE", 1000,
                "FILE_UPLOAD_TEMP_DIR", uploads.toString())), body);
        assertEquals("doc:report.pdf:application/pdf:50000:disk:true\n", r.text());
        UploadedFile file = seen.get(0);
        assertNull(file.temporaryFile(), "the temporary file is released after the request");
        assertThrows(IOException.class, file::inputStream);
        try (var left = Files.list(uploads)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void spooledFileContentIsExactAndTransferToMovesIt(@TempDir Path dir) throws IOException {
        byte[] content = ("--" + MultipartBody.BOUNDARY + " inside the content, and \r\n-- too").repeat(50_000)
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new MultipartBody().file("doc", "a.txt", "text/plain", content).build();
        Request request = Request.builder("POST", "/")
                .header("Content-Type", MultipartBody.contentType()).body(body).build();
        try (request) {
            UploadedFile f = request.file("doc");
            assertFalse(f.inMemory());
            try (InputStream in = f.inputStream()) {
                assertArrayEquals(content, in.readAllBytes());
            }
            Path target = dir.resolve("kept.txt");
            f.transferTo(target);
            assertArrayEquals(content, Files.readAllBytes(target));
        }
        assertTrue(Files.exists(dir.resolve("kept.txt")), "a transferred file is the caller's, not deleted");
    }

    @Test
    void filenameKeepsOnlyItsLastPathComponent() {
        byte[] body = new MultipartBody()
                .file("a", "C:\\Users\\eve\\secret.txt", "text/plain", new byte[1])
                .file("b", "../../etc/passwd", "text/plain", new byte[1])
                .file("c", "..", "text/plain", new byte[1])
                .build();
        post(client(Map.of()), body);
        assertEquals("secret.txt", seen.get(0).filename());
        assertEquals("passwd", seen.get(1).filename());
        assertEquals("", seen.get(2).filename());
    }

    @Test
    void utf8FilenameAndFilenameStarAreDecoded() {
        byte[] body = new MultipartBody()
                .file("a", "résumé.txt", "text/plain", new byte[1])
                .part("Content-Disposition: form-data; name=\"b\"; filename=\"plain.txt\"; filename*=UTF-8''%E2%82%AC.txt\r\n",
                        new byte[1])
                .build();
        post(client(Map.of()), body);
        assertEquals("résumé.txt", seen.get(0).filename());
        assertEquals("€.txt", seen.get(1).filename());
    }

    @Test
    void anEmptyFileInputIsNeitherFieldNorFile() {
        byte[] body = new MultipartBody().field("x", "1").file("photo", "", "application/octet-stream", new byte[0]).build();
        TestResponse r = post(client(Map.of()), body);
        assertEquals("x=1\n", r.text());
    }

    @Test
    void tooManyFieldsIs400NamingTheSetting() {
        byte[] body = new MultipartBody().field("a", "1").field("b", "2").field("c", "3").build();
        TestResponse r = post(client(Map.of("DATA_UPLOAD_MAX_NUMBER_FIELDS", 2)), body);
        assertEquals(400, r.status());
        assertEquals("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (2)", ErrorDetail.of(r.text()));
    }

    @Test
    void tooManyQueryParametersIs400NamingTheSetting() {
        TestResponse r = client(Map.of("DATA_UPLOAD_MAX_NUMBER_FIELDS", 2)).get("/query/?a=1&b=2&c=3");
        assertEquals(400, r.status());
        assertEquals("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (2)", ErrorDetail.of(r.text()));
    }

    @Test
    void tooManyUrlencodedFieldsIs400NamingTheSetting() {
        TestResponse r = client(Map.of("DATA_UPLOAD_MAX_NUMBER_FIELDS", 2)).request("POST", "/upload/",
                "application/x-www-form-urlencoded", "a=1&b=2&c=3".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.status());
        assertEquals("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (2)", ErrorDetail.of(r.text()));
    }

    @Test
    void tooManyFilesIs400NamingTheSettingAndLeavesNoTemporaryFiles(@TempDir Path uploads) throws IOException {
        byte[] big = new byte[2000];
        byte[] body = new MultipartBody()
                .file("f", "1.bin", "application/octet-stream", big)
                .file("f", "2.bin", "application/octet-stream", big)
                .file("f", "3.bin", "application/octet-stream", big)
                .build();
        TestResponse r = post(client(Map.of("DATA_UPLOAD_MAX_NUMBER_FILES", 2, "FILE_UPLOAD_MAX_MEMORY_SIZE", 100,
                "FILE_UPLOAD_TEMP_DIR", uploads.toString())), body);
        assertEquals(400, r.status());
        assertEquals("The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES (2)", ErrorDetail.of(r.text()));
        try (var left = Files.list(uploads)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void fieldDataOverTheMemoryLimitIs413NamingTheSetting() {
        byte[] body = new MultipartBody().field("a", "x".repeat(600)).field("b", "y".repeat(600)).build();
        TestResponse r = post(client(Map.of("DATA_UPLOAD_MAX_MEMORY_SIZE", 1000)), body);
        assertEquals(413, r.status());
        assertEquals("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (1000 bytes)."
                + " Send files as multipart/form-data, or raise the setting.", ErrorDetail.of(r.text()));
    }

    @Test
    void urlencodedBodyOverTheMemoryLimitIs413() {
        TestResponse r = client(Map.of("DATA_UPLOAD_MAX_MEMORY_SIZE", 100)).request("POST", "/upload/",
                "application/x-www-form-urlencoded", ("a=" + "x".repeat(200)).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, r.status());
        assertTrue(ErrorDetail.of(r.text()).startsWith("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (100 bytes)."), r.text());
    }

    @Test
    void bodyOfUnknownLengthOverTheMemoryLimitIs413AfterReadingOnlyTheLimit() {
        CountingStream endless = new CountingStream(new byte[0]);
        Request request = Request.builder("POST", "/").header("Content-Type", "application/json")
                .body(endless, -1).build();
        assertEquals(413, assertThrows(BadRequest.class, request::json).status());
        assertEquals(UploadLimits.DEFAULT_MEMORY_SIZE + 1, endless.read);
    }

    @Test
    void filesDoNotCountTowardsTheMemoryLimit() {
        byte[] body = new MultipartBody().file("f", "big.bin", "application/octet-stream", new byte[5000]).build();
        TestResponse r = post(client(Map.of("DATA_UPLOAD_MAX_MEMORY_SIZE", 1000)), body);
        assertEquals(200, r.status(), r.text());
    }

    @Test
    void anEmptySettingDisablesItsLimit() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("DATA_UPLOAD_MAX_NUMBER_FIELDS", null);
        byte[] body = new MultipartBody().field("a", "1").field("b", "2").build();
        assertEquals(200, post(client(settings), body).status());
    }

    @Test
    void overLimitFieldStopsReadingTheBody() {
        CountingStream endless = new CountingStream(("--" + MultipartBody.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        Request request = Request.builder("POST", "/").header("Content-Type", MultipartBody.contentType())
                .body(endless, -1).build();
        BadRequest e = assertThrows(BadRequest.class, request::form);
        assertEquals(413, e.status());
        assertTrue(endless.read < UploadLimits.DEFAULT_MEMORY_SIZE + 64 * 1024, "read " + endless.read + " bytes");
    }

    @Test
    void declaredContentLengthOverTheLimitIsRefusedBeforeReading() {
        CountingStream endless = new CountingStream(new byte[0]);
        Request request = Request.builder("POST", "/").header("Content-Type", "application/x-www-form-urlencoded")
                .body(endless, 10_000_000).build();
        assertEquals(413, assertThrows(BadRequest.class, request::form).status());
        assertEquals(0, endless.read);
    }

    @Test
    void noBoundaryIs400() {
        TestResponse r = client(Map.of()).request("POST", "/upload/", "multipart/form-data", new byte[10]);
        assertEquals(400, r.status());
        assertEquals("Malformed multipart/form-data body: the Content-Type has no boundary parameter.", ErrorDetail.of(r.text()));
    }

    @Test
    void truncatedBodyIs400() {
        byte[] body = new MultipartBody().field("a", "1").file("f", "x.bin", "application/octet-stream", new byte[100])
                .truncated();
        TestResponse r = post(client(Map.of()), body);
        assertEquals(400, r.status());
        assertEquals("Malformed multipart/form-data body: it ends before the closing boundary.", ErrorDetail.of(r.text()));
    }

    @Test
    void partWithoutContentDispositionIs400() {
        byte[] body = new MultipartBody().part("Content-Type: text/plain\r\n", new byte[1]).build();
        TestResponse r = post(client(Map.of()), body);
        assertEquals(400, r.status());
        assertEquals("Malformed multipart/form-data body: a part has no 'Content-Disposition: form-data' header.",
                ErrorDetail.of(r.text()));
    }

    @Test
    void garbageAfterABoundaryIs400() {
        byte[] body = ("--" + MultipartBody.BOUNDARY + "XYZ").getBytes(StandardCharsets.UTF_8);
        TestResponse r = post(client(Map.of()), body);
        assertEquals(400, r.status());
        assertEquals("Malformed multipart/form-data body: a boundary is not followed by CRLF or '--'.", ErrorDetail.of(r.text()));
    }

    /** An endless body that starts with {@code prefix} and then repeats 'x', counting what was read. */
    static final class CountingStream extends InputStream {
        private final byte[] prefix;
        long read;

        CountingStream(byte[] prefix) {
            this.prefix = prefix;
        }

        @Override
        public int read() {
            return read < prefix.length ? prefix[(int) read++] : xAndCount();
        }

        private int xAndCount() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }
}
