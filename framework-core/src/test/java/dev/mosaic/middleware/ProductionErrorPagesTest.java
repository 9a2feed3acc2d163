package dev.mosaic.middleware;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.BadRequest;
import dev.mosaic.http.SuspiciousOperation;
import dev.mosaic.http.Handler;
import dev.mosaic.http.PermissionDenied;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.TinyTemplates;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionErrorPagesTest {
    static final String SECRET = "sk_live_SECRET123";

    public static class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("boom/", ProductionErrorPagesTest::boom),
                    path("denied/", r -> {
                        throw new PermissionDenied("Only " + SECRET + " holders");
                    }),
                    path("bad/", r -> {
                        throw new BadRequest("Bad page number <2>");
                    }),
                    path("suspicious/", r -> {
                        throw new SuspiciousOperation("Forged signature from " + SECRET);
                    }));
        }
    }

    /** A project that declares its own error views. */
    public static final class HandlerUrls extends Urls {
        @Override
        public Handler handler404() {
            return r -> Response.html("<h1>Our 404 for " + r.path() + "</h1>").withStatus(404);
        }

        @Override
        public Handler handler500() {
            return r -> {
                Throwable error = r.attribute(UrlConf.EXCEPTION_ATTRIBUTE);
                return Response.text("our 500 after " + error.getClass().getSimpleName()).withStatus(500);
            };
        }

        @Override
        public Handler handler403() {
            return r -> {
                throw new IllegalStateException("the 403 handler itself is broken");
            };
        }

        @Override
        public Handler handler400() {
            return r -> null;
        }
    }

    static Response boom(Request request) {
        throw new IllegalStateException("Database password is " + SECRET);
    }

    private static Client client(Class<?> urls, boolean templates) {
        Map<String, Object> s = new HashMap<>();
        s.put("ROOT_URLCONF", urls.getName());
        if (templates) {
            s.put("TEMPLATES", TinyTemplates.setting());
        }
        return Client.of(Settings.of(s));
    }

    private final Client plain = client(Urls.class, false);

    @Test
    void plain404PageWhenNothingElseIsConfigured() {
        TestResponse r = plain.get("/nope/");
        assertEquals(404, r.status());
        assertTrue(r.text().contains("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>"),
                r.text());
        assertFalse(r.text().contains("nope"), "the plain page does not echo the path");
    }

    @Test
    void plain500PageLeaksNothingInternal() {
        TestResponse r = plain.get("/boom/");
        assertEquals(500, r.status());
        assertTrue(r.text().contains("<h1>Server Error (500)</h1>"), r.text());
        for (String leak : List.of(SECRET, "IllegalStateException", ProductionErrorPagesTest.class.getSimpleName(),
                "dev.mosaic")) {
            assertFalse(r.text().contains(leak), "leaked " + leak + ": " + r.text());
        }
    }

    @Test
    void plainPagesForForbiddenAndBadRequest() {
        TestResponse denied = plain.get("/denied/");
        assertEquals(403, denied.status());
        assertTrue(denied.text().contains("<h1>403 Forbidden</h1>"), denied.text());
        assertFalse(denied.text().contains(SECRET));
    }

    @Test
    void aBadRequestShowsItsMessageEscapedBecauseItIsWrittenForTheClient() {
        TestResponse bad = plain.get("/bad/");
        assertEquals(400, bad.status());
        assertTrue(bad.text().contains("<h1>Bad Request (400)</h1>"), bad.text());
        assertTrue(bad.text().contains("<p class=\"detail\">Bad page number &lt;2&gt;</p>"), bad.text());
        TestResponse json = plain.request("GET", "/bad/").header("Accept", "application/json").send();
        assertEquals("Bad page number <2>", json.json().get("detail").asString());
    }

    @Test
    void aSuspiciousOperationIsA400ThatKeepsItsMessageInTheLog() {
        TestResponse r = plain.get("/suspicious/");
        assertEquals(400, r.status());
        assertTrue(r.text().contains("<h1>Bad Request (400)</h1>"), r.text());
        assertFalse(r.text().contains("Forged"), r.text());
        assertFalse(r.text().contains(SECRET), r.text());
    }

    @Test
    void errorTemplatesAreRenderedWhenTheBackendHasThem() {
        Client c = client(Urls.class, true);
        TestResponse r = c.get("/<i>lost</i>/");
        assertEquals(404, r.status());
        assertEquals("404.html", r.templateName());
        assertEquals("<h1>Lost: /&lt;i&gt;lost&lt;/i&gt;/</h1>\n", r.text());
        TestResponse boom = c.get("/boom/");
        assertEquals(500, boom.status());
        assertEquals("<h1>Broken (500)</h1>\n", boom.text());
        assertFalse(boom.text().contains(SECRET));
    }

    @Test
    void withoutATemplateForTheStatusThePlainPageIsUsed() {
        TestResponse r = client(Urls.class, true).get("/denied/");
        assertEquals(403, r.status());
        assertNull(r.templateName());
        assertTrue(r.text().contains("<h1>403 Forbidden</h1>"));
    }

    @Test
    void theProjectsOwnHandlersWinOverTemplates() {
        Client c = client(HandlerUrls.class, true);
        TestResponse r = c.get("/nope/");
        assertEquals(404, r.status());
        assertEquals("<h1>Our 404 for /nope/</h1>", r.text());
        assertEquals("our 500 after IllegalStateException", c.get("/boom/").text());
    }

    @Test
    void aFailingOrEmptyHandlerFallsBackToThePlainPage() {
        Client c = client(HandlerUrls.class, true);
        TestResponse denied = c.get("/denied/");
        assertEquals(403, denied.status());
        assertTrue(denied.text().contains("<h1>403 Forbidden</h1>"), denied.text());
        assertFalse(denied.text().contains("broken"));
        TestResponse bad = c.get("/bad/");
        assertEquals(400, bad.status());
        assertTrue(bad.text().contains("<h1>Bad Request (400)</h1>"), bad.text());
    }

    @Test
    void jsonClientsGetJsonWithoutDetail() {
        Request request = Request.builder("GET", "/boom/").header("Accept", "application/json").build();
        Response r = plain.application().handle(request);
        assertEquals(500, r.status());
        assertEquals("{\"status\": 500, \"error\": \"Internal Server Error\"}",
                new String(r.bodyBytes(), StandardCharsets.UTF_8));
        Response missing = plain.application().handle(
                Request.builder("GET", "/nope/").header("Accept", "application/vnd.api+json").build());
        assertEquals("{\"status\": 404, \"error\": \"Not Found\"}",
                new String(missing.bodyBytes(), StandardCharsets.UTF_8));
    }
}
