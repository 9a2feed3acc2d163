package dev.mosaic.test;

import dev.mosaic.http.BadRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The test client decodes and refuses paths exactly as the servlet does, answering with the project's 400. */
class ClientPathDecodingTest {
    private final Client client = Client.of(EchoUrls.settings());

    @Test
    void malformedEscapeIsA400ResponseNotAnException() {
        TestResponse r = client.request("GET", "/words/bad%zz/").header("Accept", "application/json").send();
        assertEquals(400, r.status());
        assertEquals("Malformed percent-escape in the request path '/words/bad%zz/'", r.json().get("detail").asString());
    }

    @Test
    void encodedTraversalIsRefusedAsInProduction() {
        TestResponse r = client.request("GET", "/words/a%2F..%2Fsecret/").header("Accept", "application/json").send();
        assertEquals(400, r.status());
        assertEquals("The request path '/words/a%2F..%2Fsecret/' contains a '.' or '..' segment",
                r.json().get("detail").asString());
    }

    @Test
    void controlCharacterAndInvalidUtf8AreRefusedAsInProduction() {
        assertEquals(400, client.get("/words/a%01b/").status());
        assertEquals(400, client.get("/words/caf%C3%28/").status());
    }

    @Test
    void plusAndEncodedSlashDecodeAsInProduction() {
        assertEquals("a+b c", client.get("/words/a+b%20c/").text());
        assertEquals(404, client.get("/words/a%2Fb/").status()); // %2F is a '/': two segments, no route
    }

    @Test
    void aRequestFactoryRefusesTheSamePathsWhenBuilding() {
        RequestFactory factory = new RequestFactory(client.application());
        BadRequest e = assertThrows(BadRequest.class, () -> factory.get("/words/..%2F/"));
        assertEquals("The request path '/words/..%2F/' contains a '.' or '..' segment", e.getMessage());
    }
}
