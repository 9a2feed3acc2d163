package dev.mosaic.middleware;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Http404;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static dev.mosaic.views.Views.noAppendSlash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommonMiddlewareTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("a/", r -> Response.text("a")),
                    path("no-slash", r -> Response.text("no-slash")),
                    path("gone", r -> {
                        throw new Http404("This one raises");
                    }),
                    path("gone/", r -> Response.text("gone/")),
                    path("café/", r -> Response.text("café")),
                    path("files/<str:name>/", r -> Response.text("file"), "file"),
                    path("api/items/", noAppendSlash(r -> Response.text("items"))),
                    rePath("^(?<rest>.+)/security/$", r -> Response.text("security")));
        }
    }

    private static Client client(boolean debug, boolean appendSlash) {
        return Client.of(Settings.of(Map.of(
                "ROOT_URLCONF", Urls.class.getName(),
                "DEBUG", debug,
                "APPEND_SLASH", appendSlash,
                "MIDDLEWARE", List.of(CommonMiddleware.class.getName()))));
    }

    private final Client client = client(false, true);

    @Test
    void aMissWithoutTheSlashRedirectsPermanentlyToTheSlashUrl() {
        TestResponse r = client.get("/a");
        assertEquals(301, r.status());
        assertEquals("/a/", r.header("Location"));
        assertEquals(301, client.request("HEAD", "/a", null, null).status());
    }

    @Test
    void theRedirectEncodesThePathAsReverseDoes() {
        TestResponse r = client.get("/files/a;v=1%20b");
        assertEquals(301, r.status());
        assertEquals(r.request().app().urls().reverse("file", "a;v=1 b"), r.header("Location"));
        assertEquals("/files/a;v=1%20b/", r.header("Location"));
    }

    /** Answers 404 for /gone itself, before the resolver runs (as an auth or maintenance layer might). */
    public static final class Gatekeeper implements Middleware {
        public Handler wrap(Handler next) {
            return request -> request.path().equals("/gone") ? Response.text("closed").withStatus(404) : next.handle(request);
        }
    }

    @Test
    void aPathThatResolvesIsNotRedirectedWhenAnInnerMiddlewareAnswers404() {
        Client gated = Client.of(Settings.of(Map.of(
                "ROOT_URLCONF", Urls.class.getName(),
                "MIDDLEWARE", List.of(CommonMiddleware.class.getName(), Gatekeeper.class.getName()))));
        TestResponse r = gated.get("/gone");
        assertEquals(404, r.status(), "/gone is a route of its own, so no slash is appended (Django does the same)");
        assertEquals("closed", r.text());
    }

    @Test
    void theRedirectKeepsTheQueryString() {
        assertEquals("/a/?x=1&y=%20two", client.get("/a?x=1&y=%20two").header("Location"));
    }

    @Test
    void aPathThatResolvesIsNeverRedirected() {
        assertEquals(200, client.get("/a/").status());
        assertEquals("no-slash", client.get("/no-slash").text());
    }

    @Test
    void aViewRaising404OnAValidPathIsNotRedirected() {
        TestResponse r = client.get("/gone");
        assertEquals(404, r.status());
        assertNull(r.header("Location"));
    }

    @Test
    void aPathThatMatchesNeitherWayStays404() {
        assertEquals(404, client.get("/nothing").status());
    }

    @Test
    void leadingSlashesCannotMakeARedirectToAnotherHost() {
        TestResponse r = client.get("////evil.com/security");
        assertEquals(301, r.status());
        String location = r.header("Location");
        assertEquals("/%2F//evil.com/security/", location);
        assertFalse(location.startsWith("//"));
    }

    @Test
    void backslashesAreEscapedBecauseBrowsersReadThemAsSlashes() {
        assertEquals("/%5Cevil.com/security/", client.get("/\\evil.com/security").header("Location"));
    }

    @Test
    void nonAsciiPathsArePercentEncodedInTheLocation() {
        assertEquals("/caf%C3%A9/", client.get("/café").header("Location"));
    }

    @Test
    void theRedirectStaysUnderTheContextPath() {
        Request request = Request.builder("GET", "/a").contextPath("/shop").build();
        assertEquals("/shop/a/", client.application().handle(request).header("Location"));
    }

    @Test
    void inDebugAPostThatNeedsTheSlashExplainsHowToFixTheForm() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            TestResponse r = client(true, true).post("/a", Map.of("name", "x"));
            assertEquals(500, r.status());
            assertEquals("You called this URL via POST, but the URL doesn't end in a slash and you have APPEND_SLASH"
                    + " set. Mosaic can't redirect to the slash URL while maintaining POST data. Change your form to"
                    + " point to testserver/a/ (note the trailing slash), or set APPEND_SLASH: false in your settings.",
                    log.events().get(log.events().size() - 1).getThrowableProxy().getMessage());
            assertTrue(r.text().contains("note the trailing slash"), "the DEBUG page shows the explanation");
        }
    }

    @Test
    void withoutDebugAPostIsRedirectedLikeDjango() {
        assertEquals(301, client.post("/a", Map.of()).status());
    }

    @Test
    void aViewMarkedNoAppendSlashIsNotRedirectedTo() {
        assertEquals(404, client.get("/api/items").status());
        assertEquals("items", client.get("/api/items/").text());
    }

    @Test
    void appendSlashFalseOptsOut() {
        assertEquals(404, client(false, false).get("/a").status());
    }
}
