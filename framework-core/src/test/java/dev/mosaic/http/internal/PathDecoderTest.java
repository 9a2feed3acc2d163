package dev.mosaic.http.internal;

import dev.mosaic.http.BadRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PathDecoderTest {
    @Test
    void decodesUtf8EscapesAndLeavesPlusAlone() {
        assertEquals("/café/a+b c/", PathDecoder.decode("/caf%C3%A9/a+b%20c/"));
    }

    @Test
    void plainPathIsReturnedAsIs() {
        assertEquals("/blog/2026/", PathDecoder.decode("/blog/2026/"));
    }

    @Test
    void encodedSlashDecodesToASlash() {
        assertEquals("/files/a/b.txt", PathDecoder.decode("/files/a%2Fb.txt"));
    }

    @Test
    void malformedEscapeIs400() {
        BadRequest e = assertThrows(BadRequest.class, () -> PathDecoder.decode("/a%zz/"));
        assertEquals("Malformed percent-escape in the request path '/a%zz/'", e.getMessage());
        assertThrows(BadRequest.class, () -> PathDecoder.decode("/a%4"));
    }

    @Test
    void invalidUtf8Is400() {
        BadRequest e = assertThrows(BadRequest.class, () -> PathDecoder.decode("/%C3%28/"));
        assertEquals("The request path '/%C3%28/' is not valid UTF-8 once decoded", e.getMessage());
    }

    @Test
    void dotSegmentsAfterDecodingAre400() {
        BadRequest e = assertThrows(BadRequest.class, () -> PathDecoder.decode("/static/..%2F..%2Fsecret"));
        assertEquals("The request path '/static/..%2F..%2Fsecret' contains a '.' or '..' segment", e.getMessage());
        assertThrows(BadRequest.class, () -> PathDecoder.decode("/a/%2E%2E/b"));
        assertThrows(BadRequest.class, () -> PathDecoder.decode("/a/./b"));
        assertThrows(BadRequest.class, () -> PathDecoder.decode("/a/.."));
        assertEquals("/a/.well-known/..x/", PathDecoder.decode("/a/.well-known/..x/"));
    }

    @Test
    void controlCharactersAre400() {
        BadRequest e = assertThrows(BadRequest.class, () -> PathDecoder.decode("/a%00b"));
        assertEquals("The request path '/a%00b' contains a control character", e.getMessage());
        assertThrows(BadRequest.class, () -> PathDecoder.decode("/a%0D%0ASet-Cookie:x"));
    }
}
