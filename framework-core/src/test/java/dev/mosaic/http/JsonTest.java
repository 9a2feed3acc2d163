package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestRequest;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    public enum Kind { NEWS, REVIEW }

    public record Item(String name, int quantity) {
    }

    public record Order(String customer, Kind kind, LocalDate due, List<Item> items) {
    }

    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("orders/", Urls::create, "create"),
                    path("tree/", Urls::tree, "tree"),
                    path("number/", r -> Response.text(String.valueOf(r.json(Integer.class) + 1)), "number"),
                    path("null-tree/", r -> Response.text(String.valueOf(r.json().isNull())), "null-tree"),
                    path("object/", r -> Response.text(r.json(Object.class).getClass().getSimpleName()), "object"),
                    path("time/", r -> Response.json(Map.of("at", Instant.parse("2026-03-01T10:15:30Z"),
                            "day", LocalDate.of(2026, 3, 1))), "time"));
        }

        static Response create(Request request) {
            Order order = request.json(Order.class);
            return Response.json(Map.of("customer", order.customer(), "items", order.items().size(),
                    "kind", order.kind(), "due", order.due())).withStatus(201);
        }

        static Response tree(Request request) {
            JsonNode node = request.json();
            return Response.text(node.get("a").get(1).asString());
        }
    }

    private final Client client = Client.of(Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName())));

    /** Posts as a JSON API client does: a JSON body, and JSON wanted back (errors included). */
    private TestResponse post(String path, String json) {
        return send(path, "application/json", json);
    }

    private TestResponse send(String path, String contentType, String body) {
        TestRequest r = client.request("POST", path).header("Accept", "application/json");
        if (contentType != null) {
            r = r.body(contentType, body.getBytes(StandardCharsets.UTF_8));
        } else {
            r = r.body(null, body.getBytes(StandardCharsets.UTF_8));
        }
        return r.send();
    }

    /** The client-facing message of a JSON error response ({"status": .., "error": .., "detail": ..}). */
    private static String detail(TestResponse r) {
        JsonNode detail = r.json().get("detail");
        return detail == null ? "(no detail in " + r.text() + ")" : detail.asString();
    }

    @Test
    void bodyBindsToARecordAndTheResponseIsJson() {
        TestResponse r = post("/orders/", """
                {"customer": "Ada", "kind": "REVIEW", "due": "2026-04-01",
                 "items": [{"name": "pen", "quantity": 2}]}""");
        assertEquals(201, r.status(), r.text());
        assertEquals("application/json", r.header("Content-Type"));
        JsonNode body = Json.mapper().readTree(r.text());
        assertEquals("Ada", body.get("customer").asString());
        assertEquals(1, body.get("items").asInt());
        assertEquals("2026-04-01", body.get("due").asString());
    }

    @Test
    void javaTimeIsWrittenAsIsoStrings() {
        assertEquals("{\"at\":\"2026-03-01T10:15:30Z\",\"day\":\"2026-03-01\"}",
                sorted(client.get("/time/").text()));
    }

    @Test
    void bodyReadsAsATree() {
        assertEquals("y", post("/tree/", "{\"a\": [\"x\", \"y\"]}").text());
    }

    @Test
    void plusJsonMediaTypesAreAccepted() {
        TestResponse r = client.request("POST", "/tree/", "application/merge-patch+json; charset=utf-8",
                "{\"a\": [1, 2]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status());
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        TestResponse r = post("/orders/", "{\"customer\": \"Ada\",\n  oops}");
        assertEquals(400, r.status());
        assertTrue(detail(r).startsWith("Malformed JSON at line 2, column 3: Unexpected character ('o'"), r.text());
        assertNoInternals(r.text());
    }

    @Test
    void unterminatedJsonIs400WithoutInternals() {
        TestResponse r = post("/orders/", "{\"customer\": \"Ada\"");
        assertEquals(400, r.status());
        assertTrue(detail(r).startsWith("Malformed JSON at line 1, column 19: Unexpected end-of-input"), r.text());
        assertNoInternals(r.text());
    }

    @Test
    void trailingContentIs400() {
        TestResponse r = post("/tree/", "{\"a\": [1, 2]} {\"b\": 1}");
        assertEquals(400, r.status());
        assertEquals("Unexpected content after the JSON value at line 1, column 15.", detail(r));
    }

    @Test
    void trailingGarbageIs400() {
        TestResponse r = post("/tree/", "{\"a\": [1, 2]} xyz");
        assertEquals(400, r.status());
        assertTrue(detail(r).startsWith("Unexpected content after the JSON value at line 1, column "), r.text());
    }

    @Test
    void tooDeepNestingIs400() {
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        TestResponse r = post("/tree/", deep);
        assertEquals(400, r.status());
        assertTrue(detail(r).startsWith("JSON is nested deeper than 100 levels"), r.text());
        assertNoInternals(r.text());
    }

    @Test
    void wrongFieldTypeIs400NamingTheFieldAndWhatWasExpected() {
        TestResponse r = post("/orders/", """
                {"customer": "Ada", "kind": "NEWS", "due": "2026-04-01",
                 "items": [{"name": "pen", "quantity": "two"}]}""");
        assertEquals(400, r.status());
        assertEquals("Wrong type for 'items[0].quantity' at line 2, column 40: expected a number.", detail(r));
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        TestResponse r = post("/orders/", "{\"customer\": \"Ada\", \"kind\": \"GOSSIP\", \"items\": []}");
        assertEquals(400, r.status());
        assertEquals("Wrong type for 'kind' at line 1, column 29: expected one of [NEWS, REVIEW].", detail(r));
    }

    @Test
    void anArrayWhereAnObjectIsExpectedIs400() {
        TestResponse r = post("/orders/", "[1, 2]");
        assertEquals(400, r.status());
        assertEquals("Wrong type for the JSON value at line 1, column 1: expected an object.", detail(r));
    }

    @Test
    void badDateIs400() {
        TestResponse r = post("/orders/", "{\"due\": \"tomorrow\"}");
        assertEquals(400, r.status());
        assertEquals("Wrong type for 'due' at line 1, column 9: expected a string.", detail(r));
    }

    @Test
    void emptyBodyIs400() {
        TestResponse r = post("/orders/", "");
        assertEquals(400, r.status());
        assertEquals("Expected a JSON body, got an empty body.", detail(r));
    }

    @Test
    void otherContentTypeIs415() {
        TestResponse r = send("/orders/", "text/plain", "{}");
        assertEquals(415, r.status());
        assertEquals("Expected a JSON body with Content-Type application/json, got 'text/plain'.", detail(r));
        TestResponse none = send("/orders/", null, "{}");
        assertEquals(415, none.status());
        assertEquals("Expected a JSON body with Content-Type application/json, got no Content-Type.", detail(none));
    }

    @Test
    void aBodyCannotChooseAJavaClass() {
        TestResponse r = post("/object/", "[\"java.io.File\", \"/etc/passwd\"]");
        assertEquals("ArrayList", r.text());
    }

    private static void assertNoInternals(String message) {
        assertFalse(message.contains("tools.jackson"), message);
        assertFalse(message.contains("Source"), message);
        assertFalse(message.contains("`"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void nullBoundToARecordIs400NamingWhatWasExpected() {
        TestResponse r = post("/orders/", "null");
        assertEquals(400, r.status());
        assertEquals("Expected an object, got null.", detail(r));
        TestResponse number = post("/number/", " null ");
        assertEquals(400, number.status());
        assertEquals("Expected a number, got null.", detail(number));
    }

    @Test
    void nullReadAsATreeIsANullNode() {
        TestResponse r = post("/null-tree/", "null");
        assertEquals(200, r.status());
        assertEquals("true", r.text());
    }

    private static String sorted(String json) {
        return Json.write(Json.mapper().readValue(json, java.util.TreeMap.class));
    }
}
