package dev.mosaic.http;

import dev.mosaic.TestKeys;
import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.UriCompliance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The headers a response carries reach the socket once each, also when a filter in front of
 * Mosaic (a WAR's own) has set some of the same names already: Mosaic's value replaces the
 * filter's, repeated values of one name all arrive, and a name only the filter set stays.
 */
class ResponseHeadersOnJettyTest {
    static final FixedHeader CACHE = FixedHeader.of("Cache-Control", "no-store");
    static JettyHarness plain;
    static JettyHarness filtered;

    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(path("h/", r -> {
                Response response = Response.text("h");
                response.headers().set("X-Frame-Options", "SAMEORIGIN").add("X-Multi", "one").add("x-multi", "two");
                return response;
            }, "h"), path("dated/", r -> {
                Response response = Response.text("d");
                response.headers().set("Date", "Mon, 01 Jan 2024 00:00:00 GMT");
                return response;
            }, "dated"), path("fixed/", r -> {
                Response response = Response.text("f");
                response.headers().set(CACHE).add("Cache-Control", "private");
                response.cookie(Cookie.of("a", "1"));
                response.cookie(Cookie.of("b", "2"));
                return response;
            }, "fixed"));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Settings settings = Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName(), "ALLOWED_HOSTS",
                List.of("localhost"), "SECRET_KEY", TestKeys.SECRET_KEY));
        Filter filter = (req, resp, chain) -> {
            HttpServletResponse r = (HttpServletResponse) resp;
            r.setHeader("X-Frame-Options", "ALLOW-FROM-FILTER");
            r.setHeader("X-Multi", "from-filter");
            r.setHeader("X-Filter", "kept");
            r.setHeader("X-Content-Type-Options", "from-filter");
            chain.doFilter(req, resp);
        };
        plain = new JettyHarness(Application.start(settings, ""), "");
        filtered = new JettyHarness(Application.start(settings, ""), "", UriCompliance.DEFAULT, filter);
    }

    @AfterAll
    static void stop() throws Exception {
        plain.close();
        filtered.close();
    }

    @Test
    void aFreshResponseGetsEveryHeaderOnceAndRepeatedValuesInOrder() throws Exception {
        JettyHarness.RawResponse r = plain.get("/h/");
        assertEquals(List.of("SAMEORIGIN"), r.headers("X-Frame-Options"));
        assertEquals(List.of("one", "two"), r.headers("X-Multi"));
        assertEquals(List.of("nosniff"), r.headers("X-Content-Type-Options"));
        assertEquals(List.of("text/plain;charset=utf-8"), List.of(r.header("Content-Type").replace(" ", "")));
        assertEquals(1, r.headers("Content-Type").size());
        assertEquals(List.of("1"), r.headers("Content-Length"));
    }

    @Test
    void aPlainGetThatUsesNoSessionMessagesOrCsrfGetsNoCookieAndNoVary() throws Exception {
        JettyHarness.RawResponse r = plain.send("GET", "/h/", "Cookie: sessionid=forged; csrftoken=abcdefghijklmnopqrstuvwxyz012345\r\n", null);
        assertEquals(200, r.status());
        assertEquals(List.of(), r.headers("Vary"));
        assertEquals(List.of(), r.headers("Set-Cookie"));
    }

    @Test
    void aDateTheViewSetsReplacesTheOneJettyStartsEveryResponseWith() throws Exception {
        assertEquals(List.of("Mon, 01 Jan 2024 00:00:00 GMT"), plain.get("/dated/").headers("Date"));
        assertEquals(1, plain.get("/h/").headers("Date").size());
    }

    @Test
    void mosaicsValuesReplaceThoseAFilterSetBeforeIt() throws Exception {
        JettyHarness.RawResponse r = filtered.get("/h/");
        assertEquals(List.of("SAMEORIGIN"), r.headers("X-Frame-Options"));
        assertEquals(List.of("one", "two"), r.headers("X-Multi"));
        assertEquals(List.of("kept"), r.headers("X-Filter"));
        // The security middleware's header is a FixedHeader, sent pre-encoded on Jetty: it replaces the filter's too.
        assertEquals(List.of("nosniff"), r.headers("X-Content-Type-Options"));
        assertEquals(1, r.headers("Content-Type").size());
    }

    @Test
    void fixedHeadersGoOutByteForByteOnEveryResponseNextToPlainValuesOfTheSameName() throws Exception {
        for (int i = 0; i < 3; i++) { // the first response encodes the header, the next ones reuse the bytes
            JettyHarness.RawResponse r = plain.get("/fixed/");
            assertEquals(List.of("no-store", "private"), r.headers("Cache-Control"));
            assertEquals(List.of("nosniff"), r.headers("X-Content-Type-Options"));
            assertEquals(List.of("same-origin"), r.headers("Referrer-Policy"));
            assertEquals(List.of("DENY"), r.headers("X-Frame-Options"));
            assertEquals(2, r.headers("Set-Cookie").size());
        }
    }
}
