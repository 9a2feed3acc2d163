package dev.mosaic.test;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientTest {
    private final Client client = Client.of(EchoUrls.settings());

    record Tea(String name, int strength) {
    }

    record Item(int id, String name) {
    }

    @Test
    void getSplitsTheQueryAndDecodesThePathLikeTheServer() {
        TestResponse r = client.get("/echo/?q=green+tea&page=2");
        assertEquals("GET /echo/ query=q=green+tea&page=2 type= cookies={} x=null body=", r.text());
        assertEquals("echo", r.match().urlName());
    }

    @Test
    void everyVerbReachesTheClassBasedView() {
        assertEquals("item 3", client.get("/items/3/").text());
        assertEquals("put 3 name=Mug", client.put("/items/3/", Map.of("name", "Mug")).text());
        assertEquals("patch Cup", client.patch("/items/3/", Map.of("name", "Cup")).text());
        assertEquals(204, client.delete("/items/3/").status());
        assertEquals(405, client.request("TRACE", "/items/3/").send().status());
    }

    @Test
    void headRunsTheGetViewButKeepsNoBody() {
        TestResponse r = client.head("/items/3/");
        assertEquals(200, r.status());
        assertEquals("", r.text());
    }

    @Test
    void postSendsAnUrlencodedFormTheViewCanRead() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Earl Grey & lemon");
        form.put("tag", "hot");
        assertEquals("name=Earl Grey & lemon;tags=[hot]", client.post("/form/", form).text());
    }

    @Test
    void builderSendsHeadersAndARawBody() {
        TestResponse r = client.request("PUT", "/echo/").header("X-Test", "yes")
                .body("text/csv", "a,b".getBytes(StandardCharsets.UTF_8)).send();
        assertEquals("PUT /echo/ query=null type=text/csv cookies={} x=yes body=a,b", r.text());
    }

    @Test
    void postJsonWritesTheObjectWithJackson() {
        TestResponse r = client.postJson("/echo/", new Tea("sencha", 3));
        assertEquals("POST /echo/ query=null type=application/json cookies={} x=null body={\"name\":\"sencha\",\"strength\":3}",
                r.text());
    }

    @Test
    void jsonReadsTheBodyAsATreeOrARecord() {
        TestResponse r = client.get("/json/");
        assertEquals("tea", r.json().get("name").asString());
        assertEquals(new Item(7, "tea"), r.json(Item.class));
    }

    @Test
    void jsonOfANonJsonBodyFailsShowingTheResponse() {
        AssertionError e = assertThrows(AssertionError.class, () -> client.get("/items/1/").json());
        assertTrue(e.getMessage().startsWith("The response body is not JSON"), e.getMessage());
        assertTrue(e.getMessage().endsWith("200 GET /items/1/ (text/plain; charset=utf-8)\nitem 1"), e.getMessage());
    }

    @Test
    void toStringShowsStatusPathTypeAndTheFirst500Characters() {
        String s = client.get("/big/").toString();
        assertEquals("200 GET /big/ (text/plain; charset=utf-8)\n" + "x".repeat(500) + "\n... (300 more characters)", s);
    }

    @Test
    void assertStatusFailsWithTheResponseInTheMessage() {
        AssertionError e = assertThrows(AssertionError.class, () -> client.get("/nowhere/").assertStatus(200));
        assertTrue(e.getMessage().startsWith("Expected status 200 but got 404:\n404 GET /nowhere/ (text/html"),
                e.getMessage());
        client.get("/items/1/").assertStatus(200).assertContains("item 1");
    }

    @Test
    void aPathWithoutLeadingSlashIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.get("echo/"));
        assertEquals("A test request path starts with '/', like a browser's: got 'echo/'", e.getMessage());
    }

    @Test
    void percentEscapesInThePathAreDecodedButPlusStaysAPlus() {
        assertEquals("a+b c", client.get("/words/a+b%20c/").text());
        assertTrue(client.get("/sh%6Fp/cart/?x=1").text().startsWith("GET /shop/cart/ query=x=1"));
    }
}
