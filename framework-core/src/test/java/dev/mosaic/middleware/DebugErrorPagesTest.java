package dev.mosaic.middleware;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Http404;
import dev.mosaic.http.PermissionDenied;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebugErrorPagesTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("", r -> Response.text("home"), "home"),
                    path("posts/<int:id>/", r -> Response.text("post"), "post"),
                    path("boom/", DebugErrorPagesTest::boom),
                    path("no-post/", r -> {
                        throw new Http404("No Post matches the given query.");
                    }),
                    path("staff/", r -> {
                        throw new PermissionDenied("Staff <only>.");
                    }));
        }
    }

    static Response boom(Request request) {
        throw new IllegalStateException("Broken <b>widget</b> & co");
    }

    private final Client client = Client.of(Settings.of(Map.of(
            "ROOT_URLCONF", Urls.class.getName(),
            "DEBUG", true,
            "SECRET_KEY", "s3cr3t-signing-key",
            "STRIPE_API_KEY", "sk_live_abc123",
            "SITE_NAME", "Example <Site>",
            "DATABASES", Map.of("default", Map.of("URL", "jdbc:h2:mem:x", "PASSWORD", "hunter2"),
                    "replica", Map.of("URL", "postgres://reader:pa%40ss-w0rd@db.internal:5432/site"),
                    "legacy", Map.of("URL", "jdbc:postgresql://db/site?user=app&password=jdbc-pw-42&ssl=true")))));

    private static Sent send(Client client, String path, String... headers) {
        Request.Builder b = Request.builder("GET", path).query("page=2&q=%3Cx%3E").header("Host", "testserver");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        Response response = client.application().handle(b.build());
        return new Sent(response);
    }

    /** Body of a response handled outside the client (which cannot send custom headers). */
    private record Sent(Response response) {
        int status() {
            return response.status();
        }

        String text() {
            return new String(response.bodyBytes(), StandardCharsets.UTF_8);
        }

        String header(String name) {
            return response.header(name);
        }
    }

    @Test
    void technical404ListsThePatternsTriedInOrder() {
        var r = client.get("/nope/x");
        assertEquals(404, r.status());
        String html = r.text();
        assertTrue(html.contains("Using the URLconf defined in <code>" + Urls.class.getName()
                + "</code>, Mosaic tried these URL patterns, in this order:"), html);
        int home = html.indexOf("<li><code></code></li>");
        int post = html.indexOf("<li><code>posts/&lt;int:id&gt;/</code></li>");
        assertTrue(home > 0 && post > home, html);
        assertTrue(html.contains("The current path, <code>nope/x</code>, didn't match any of these."), html);
        assertTrue(html.contains("DEBUG: true"), html);
    }

    @Test
    void technical404EscapesThePath() {
        String html = client.get("/<script>alert(1)</script>").text();
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void http404FromAViewShowsItsMessageAndTheView() {
        String html = client.get("/no-post/").text();
        assertTrue(html.contains("No Post matches the given query."), html);
        assertTrue(html.contains("Raised by:"), html);
    }

    @Test
    void technical500ShowsTheExceptionStackTraceAndRequest() {
        Sent r = send(client, "/boom/", "Accept", "text/html", "X-Trace-Id", "abc-123");
        assertEquals(500, r.status());
        String html = r.text();
        assertTrue(html.contains("java.lang.IllegalStateException"), html);
        assertTrue(html.contains("Broken &lt;b&gt;widget&lt;/b&gt; &amp; co"), html);
        assertFalse(html.contains("<b>widget"), html);
        assertTrue(html.contains("at " + DebugErrorPagesTest.class.getName() + ".boom("), "stack trace: " + html);
        assertTrue(html.contains("<code>GET</code>"), html);
        assertTrue(html.contains("<code>/boom/</code>"), html);
        assertTrue(html.contains("page=2&amp;q=%3Cx%3E"), html);
        assertTrue(html.contains("<th>X-Trace-Id</th><td><code>abc-123</code>"), html);
    }

    @Test
    void technical500MasksSecretSettingsAndTheCookieHeader() {
        Sent r = send(client, "/boom/", "Cookie", "sessionid=topsecretsession",
                "Authorization", "Bearer tok-999", "X-Api-Key", "key-777");
        String html = r.text();
        for (String secret : List.of("s3cr3t-signing-key", "sk_live_abc123", "hunter2", "topsecretsession",
                "tok-999", "key-777", "pa%40ss-w0rd", "jdbc-pw-42")) {
            assertFalse(html.contains(secret), "leaked " + secret);
        }
        assertTrue(html.contains("<th>SECRET_KEY</th><td><code>********************</code>"), html);
        assertTrue(html.contains("<th>STRIPE_API_KEY</th><td><code>********************</code>"), html);
        assertTrue(html.contains("<th>Cookie</th><td><code>********************</code>"), html);
        assertTrue(html.contains("PASSWORD=********************"), html);
        // A password inside a database URL is starred in place; the rest of the URL stays readable.
        assertTrue(html.contains("postgres://reader:********************@db.internal:5432/site"), html);
        assertTrue(html.contains("user=app&amp;password=********************&amp;ssl=true"), html);
        assertTrue(html.contains("jdbc:h2:mem:x"), "non-secret nested values stay visible");
        assertTrue(html.contains("Example &lt;Site&gt;"), "settings values are escaped");
    }

    @Test
    void otherClientErrorsShowTheTechnicalPageWithTheirStatus() {
        var r = client.get("/staff/");
        assertEquals(403, r.status());
        assertTrue(r.text().contains("Staff &lt;only&gt;."), r.text());
        assertTrue(r.text().contains("dev.mosaic.http.PermissionDenied"), r.text());
    }

    @Test
    void jsonClientsGetJsonWithTheDetail() {
        Sent r = send(client, "/nope/", "Accept", "application/json");
        assertEquals(404, r.status());
        assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
        assertEquals("{\"status\": 404, \"error\": \"Not Found\", \"detail\": \"No URL pattern matches '/nope/'\"}",
                r.text());
        Sent boom = send(client, "/boom/", "Accept", "application/json");
        assertEquals("{\"status\": 500, \"error\": \"Internal Server Error\", \"detail\": \"java.lang."
                + "IllegalStateException: Broken \\u003cb\\u003ewidget\\u003c/b\\u003e \\u0026 co\"}", boom.text());
    }

    @Test
    void browsersGetHtmlEvenThoughTheyAcceptAnything() {
        Sent r = send(client, "/nope/", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.7");
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
    }
}
