package dev.mosaic.views;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.views.Views.requireGet;
import static dev.mosaic.views.Views.requireMethods;
import static dev.mosaic.views.Views.requirePost;
import static dev.mosaic.views.Views.requireSafe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ViewDecoratorsTest {
    static final AtomicInteger CALLS = new AtomicInteger();

    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("get/", requireGet(Urls::echo)),
                    path("post/", requirePost(Urls::echo)),
                    path("safe/", requireSafe(Urls::echo)),
                    path("form/", requireMethods(Set.of("post", "GET"), Urls::echo)));
        }

        static Response echo(Request request) {
            CALLS.incrementAndGet();
            return Response.text(request.method());
        }
    }

    private final Client client = Client.of(Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName())));

    @Test
    void requireGetLetsGetThroughAndRefusesOthersWithoutCallingTheView() {
        assertEquals("GET", client.get("/get/").text());
        int before = CALLS.get();
        TestResponse r = client.post("/get/", Map.of());
        assertEquals(405, r.status());
        assertEquals("GET", r.header("Allow"));
        assertEquals(before, CALLS.get());
        assertEquals(405, client.request("HEAD", "/get/", null, null).status());
    }

    @Test
    void requirePostRefusesGet() {
        assertEquals("POST", client.post("/post/", Map.of()).text());
        TestResponse r = client.get("/post/");
        assertEquals(405, r.status());
        assertEquals("POST", r.header("Allow"));
    }

    @Test
    void refusedVerbGetsTheSameBodyAsAClassBasedView405() {
        TestResponse r = client.get("/post/");
        assertEquals("Method Not Allowed", r.text());
        assertEquals(Response.methodNotAllowed("POST").headers().get("Content-Type"), r.header("Content-Type"));
    }

    @Test
    void requireSafeAllowsGetAndHead() {
        assertEquals(200, client.request("HEAD", "/safe/", null, null).status());
        TestResponse r = client.request("DELETE", "/safe/", null, null);
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void requireMethodsAcceptsAnyCaseAndListsThemSorted() {
        assertEquals("POST", client.post("/form/", Map.of()).text());
        TestResponse r = client.request("TRACE", "/form/", null, null);
        assertEquals(405, r.status());
        assertEquals("GET, POST", r.header("Allow"));
    }

    @Test
    void requireMethodsWithNoMethodsIsAMistakeCaughtAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> requireMethods(Set.of(), Urls::echo));
        assertEquals("requireMethods needs at least one HTTP method, e.g. Set.of(\"GET\")", e.getMessage());
    }
}
