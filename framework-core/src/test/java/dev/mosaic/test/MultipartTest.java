package dev.mosaic.test;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartTest {

    @Test
    void encodesFieldsAndFilesAsRfc7578Parts() {
        Multipart.Encoded e = new Multipart()
                .field("title", "Caf\u00e9")
                .file("doc", "notes.txt", "text/plain", "line 1\r\nline 2")
                .file("blob", "data.bin", null, new byte[] {0, 1, 2})
                .encode();
        assertTrue(e.contentType().startsWith("multipart/form-data; boundary=MosaicBoundary"), e.contentType());
        String boundary = e.contentType().substring(e.contentType().indexOf('=') + 1);
        String expected = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n"
                + "\r\n"
                + "Caf\u00e9\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"doc\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n"
                + "\r\n"
                + "line 1\r\nline 2\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"blob\"; filename=\"data.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "\r\n"
                + "\u0000\u0001\u0002\r\n"
                + "--" + boundary + "--\r\n";
        assertEquals(expected, new String(e.body(), StandardCharsets.UTF_8));
    }

    @Test
    void quotesAndNewlinesInNamesArePercentEncoded() {
        assertEquals("a%22b%0D%0Ac", Multipart.escape("a\"b\r\nc"));
    }

    @Test
    void theBoundaryNeverOccursInAPart() {
        Multipart m = new Multipart().field("x", "MosaicBoundary");
        for (int i = 0; i < 20; i++) {
            Multipart.Encoded e = m.encode();
            String boundary = e.contentType().substring(e.contentType().indexOf('=') + 1);
            assertTrue(boundary.length() > "MosaicBoundary".length());
        }
    }

    @Test
    void theClientSendsTheBodyWithItsContentType() {
        Client client = Client.of(EchoUrls.settings());
        TestResponse r = client.post("/echo/", new Multipart().field("a", "1"));
        assertTrue(r.text().startsWith("POST /echo/ query=null type=multipart/form-data cookies={} x=null body=--MosaicBoundary"),
                r.text());
        assertTrue(r.text().contains("Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"), r.text());
    }
}
