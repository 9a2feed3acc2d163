package dev.mosaic.middleware;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.BadRequest;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Http404;
import dev.mosaic.http.PermissionDenied;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.http.SuspiciousOperation;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardedChainTest {
    static final List<Integer> SEEN_BY_OUTER = new CopyOnWriteArrayList<>();

    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("ok/", r -> Response.text("ok")),
                    path("boom/", r -> {
                        throw new IllegalStateException("view exploded");
                    }),
                    path("missing/", r -> {
                        throw new Http404("No such post");
                    }),
                    path("denied/", r -> {
                        throw new PermissionDenied();
                    }),
                    path("bad/", r -> {
                        throw new BadRequest("Malformed page number");
                    }),
                    path("suspicious/", r -> {
                        throw new SuspiciousOperation("Invalid HTTP_HOST header: 'evil'");
                    }),
                    path("null-fn/", r -> null, "null-fn"),
                    path("null-cbv/<slug:slug>/", NullView::new, "null-cbv"),
                    path("mw-throws/", r -> Response.text("unreached")),
                    path("mw-null/", r -> Response.text("unreached")));
        }
    }

    public static class NullView extends View {
        @Override
        public Response get(Request request) {
            return null;
        }
    }

    /** Outermost: records every status it sees and stamps every response. */
    public static final class Outer implements Middleware {
        public Handler wrap(Handler next) {
            return request -> {
                Response r = next.handle(request);
                SEEN_BY_OUTER.add(r.status());
                return r.header("X-Outer", "seen");
            };
        }
    }

    /** In the middle: fails on its own for one path, returns null for another. */
    public static final class Faulty implements Middleware {
        public Handler wrap(Handler next) {
            return request -> {
                if (request.path().equals("/mw-throws/")) {
                    throw new IllegalArgumentException("middleware exploded");
                }
                if (request.path().equals("/mw-null/")) {
                    return null;
                }
                return next.handle(request).header("X-Faulty", "passed");
            };
        }
    }

    /** Opts out of the chain by returning next. */
    public static final class OptOut implements Middleware {
        public Handler wrap(Handler next) {
            return next;
        }
    }

    private final Client client = Client.of(Settings.of(Map.of(
            "ROOT_URLCONF", Urls.class.getName(),
            "MIDDLEWARE", List.of(Outer.class.getName(), OptOut.class.getName(), Faulty.class.getName()))));

    @Test
    void anExceptionInTheViewBecomesAResponseThatEveryMiddlewareStillSees() {
        SEEN_BY_OUTER.clear();
        TestResponse r = client.get("/boom/");
        assertEquals(500, r.status());
        assertEquals("seen", r.header("X-Outer"));
        assertEquals("passed", r.header("X-Faulty"), "the inner middleware got a response, not an exception");
        assertEquals(List.of(500), SEEN_BY_OUTER);
    }

    @Test
    void anExceptionInAMiddlewareBecomesAResponseAtThatLayer() {
        TestResponse r = client.get("/mw-throws/");
        assertEquals(500, r.status());
        assertEquals("seen", r.header("X-Outer"));
        assertNull(r.header("X-Faulty"));
    }

    @Test
    void httpExceptionsMapToTheirStatus() {
        assertEquals(404, client.get("/missing/").status());
        assertEquals(404, client.get("/no-route/").status());
        assertEquals(403, client.get("/denied/").status());
        assertEquals(400, client.get("/bad/").status());
        assertEquals(400, client.get("/suspicious/").status());
        assertEquals("seen", client.get("/denied/").header("X-Outer"));
    }

    @Test
    void suspiciousOperationIsLoggedAtWarnOnTheSecurityLogger() {
        try (LogCapture security = LogCapture.of("dev.mosaic.security")) {
            client.get("/suspicious/");
            ILoggingEvent e = security.only();
            assertEquals(Level.WARN, e.getLevel());
            assertTrue(e.getFormattedMessage().contains("Invalid HTTP_HOST header: 'evil'"), e.getFormattedMessage());
        }
    }

    @Test
    void anUnexpectedExceptionIsLoggedAtErrorWithItsStackTrace() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            client.get("/boom/");
            ILoggingEvent e = log.only();
            assertEquals(Level.ERROR, e.getLevel());
            assertEquals("Internal Server Error: /boom/", e.getFormattedMessage());
            assertNotNull(e.getThrowableProxy());
            assertEquals("view exploded", e.getThrowableProxy().getMessage());
        }
    }

    @Test
    void aClientErrorIsLoggedAtWarnWithoutAStackTrace() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            client.get("/missing/");
            ILoggingEvent e = log.only();
            assertEquals(Level.WARN, e.getLevel());
            assertEquals("Not Found: /missing/", e.getFormattedMessage());
            assertNull(e.getThrowableProxy());
        }
    }

    @Test
    void aClassBasedViewReturningNullIsAnErrorNamingTheViewAndRoute() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            assertEquals(500, client.get("/null-cbv/hello/").status());
            assertEquals("The view " + NullView.class.getName() + " for route 'null-cbv/<slug:slug>/' returned null"
                    + " instead of a Response. Return a Response, e.g. Response.html(...).",
                    log.only().getThrowableProxy().getMessage());
        }
    }

    @Test
    void aFunctionViewReturningNullIsNamedByItsUrlName() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            assertEquals(500, client.get("/null-fn/").status());
            assertEquals("The view 'null-fn' for route 'null-fn/' returned null instead of a Response."
                    + " Return a Response, e.g. Response.html(...).", log.only().getThrowableProxy().getMessage());
        }
    }

    @Test
    void aMiddlewareReturningNullIsAnErrorNamingIt() {
        try (LogCapture log = LogCapture.of("dev.mosaic.request")) {
            TestResponse r = client.get("/mw-null/");
            assertEquals(500, r.status());
            assertEquals("seen", r.header("X-Outer"));
            assertEquals("The middleware " + Faulty.class.getName() + " returned null instead of a Response."
                    + " Return what next.handle(request) returned, or a Response of its own.",
                    log.only().getThrowableProxy().getMessage());
        }
    }

    @Test
    void aHealthyRequestPassesEveryLayer() {
        TestResponse r = client.get("/ok/");
        assertEquals("ok", r.text());
        assertEquals("seen", r.header("X-Outer"));
        assertEquals("passed", r.header("X-Faulty"));
    }

    /** A middleware whose constructor fails, e.g. on a setting it cannot use. */
    public static final class Broken implements Middleware {
        public Broken(Settings settings) {
            throw new IllegalArgumentException("CACHE_URL is not a URL");
        }

        @Override
        public Handler wrap(Handler next) {
            return next;
        }
    }

    @Test
    void aMiddlewareWhoseConstructorThrowsFailsAtStartUpWithTheCause() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> Client.of(Settings.of(Map.of(
                "ROOT_URLCONF", Urls.class.getName(), "MIDDLEWARE", List.of(Broken.class.getName())))));
        assertTrue(e.getMessage().startsWith("Setting MIDDLEWARE (from Settings.of) lists " + Broken.class.getName()
                + ", whose constructor threw java.lang.IllegalArgumentException: CACHE_URL is not a URL."),
                e.getMessage());
    }

    @Test
    void aMiddlewareClassThatIsNotAMiddlewareFailsAtStartUp() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> Client.of(Settings.of(Map.of(
                "ROOT_URLCONF", Urls.class.getName(), "MIDDLEWARE", List.of(String.class.getName())))));
        assertEquals("Setting MIDDLEWARE (from Settings.of) lists java.lang.String, which does not implement"
                + " dev.mosaic.middleware.Middleware. Fix: implement dev.mosaic.middleware.Middleware in"
                + " java.lang.String, or remove it from MIDDLEWARE.", e.getMessage());
    }
}
