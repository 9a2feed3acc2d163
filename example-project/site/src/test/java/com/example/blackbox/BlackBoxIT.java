package com.example.blackbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security issue's request hygiene, limit and traversal checks as a black box: raw HTTP
 * over a socket to a running site, whatever serves it. The normal build runs it against the
 * example on embedded Jetty ({@link Targets}); {@code e2e/deploy-tomcat-nginx.sh} runs the
 * same class against Nginx in front of Tomcat 11 and 10.1, against each Tomcat directly, and
 * against the runnable jar in production mode, so the limits hold identically everywhere.
 * Every test ends by checking that the site still serves its home page.
 */
class BlackBoxIT {
    /** DATA_UPLOAD_MAX_MEMORY_SIZE's default, which the example keeps. */
    static final int MAX_BODY = 2_621_440;

    static List<Target> targets() throws Exception {
        return Targets.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void thePagesRender(Target t) throws IOException {
        RawResponse home = t.get(t.path("/"));
        assertEquals(200, home.status(), home.describe());
        assertTrue(home.header("Content-Type").startsWith("text/html"), home.describe());
        RawResponse poll = t.get(t.path("/polls/1/"));
        assertEquals(200, poll.status(), poll.describe());
        assertTrue(poll.body().contains("<form method=\"post\""), poll.describe());
        RawResponse members = t.get(t.path("/accounts/members/"));
        assertEquals(200, members.status(), members.describe());
        assertTrue(members.body().contains("<ul class=\"members\">"), members.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anyOtherHostIs400(Target t) throws IOException {
        for (String host : List.of("evil.example", t.base().getHost() + ".evil.example", "evil.example:" + t.port(),
                "bad host", "[::1")) {
            RawResponse r = t.send("GET " + t.path("/") + " HTTP/1.1\r\nHost: " + host + "\r\n", null);
            assertEquals(400, r.status(), host + " -> " + r.describe());
            if (!t.debug()) {
                assertFalse(r.body().contains("ALLOWED_HOSTS"), "no detail with DEBUG off: " + r.describe());
            }
        }
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void noTraversalTargetReachesAFile(Target t) throws IOException {
        List<String> failures = new ArrayList<>();
        for (String target : Traversal.TARGETS) {
            for (String method : List.of("GET", "HEAD")) {
                RawResponse r = t.send(method + " " + target + " HTTP/1.1\r\nHost: " + t.authority() + "\r\n", null);
                boolean refused = Set.of(400, 403, 404).contains(r.status());
                boolean leaked = Traversal.LEAKS.stream().anyMatch(r.body()::contains);
                if (!refused || leaked) {
                    failures.add(method + " " + target + " -> " + r.describe());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void traceIs405AndNeverEchoesTheRequest(Target t) throws IOException {
        RawResponse trace = t.send("TRACE " + t.path("/") + " HTTP/1.1\r\nHost: " + t.authority()
                + "\r\nCookie: sessionid=do-not-echo\r\n", null);
        assertEquals(405, trace.status(), trace.describe());
        assertFalse(trace.body().contains("do-not-echo"), trace.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aMadeUpMethodIsRefusedNeverA500(Target t) throws IOException {
        // With a CSRF token, so that CsrfMiddleware (which refuses any unsafe method without one) lets it by.
        String csrf = Csrf.from(t, "/polls/1/").headers();
        RawResponse r = t.send("FOO " + t.path("/polls/1/") + " HTTP/1.1\r\nHost: " + t.authority() + "\r\n" + csrf, null);
        assertTrue(r.status() == 501 || r.status() == 405, r.describe());
        RawResponse bare = t.send("FOO " + t.path("/") + " HTTP/1.1\r\nHost: " + t.authority() + "\r\n", null);
        assertTrue(Set.of(403, 405, 501).contains(bare.status()), bare.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aBodyOverDataUploadMaxMemorySizeIs413(Target t) throws IOException {
        byte[] body = ("choice=" + "1".repeat(MAX_BODY + 1024)).getBytes(StandardCharsets.US_ASCII);
        RawResponse r = postForm(t, "application/x-www-form-urlencoded", body);
        assertEquals(413, r.status(), r.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void moreThanDataUploadMaxNumberFieldsIs400(Target t) throws IOException {
        byte[] body = "f=1&".repeat(1001).concat("choice=1").getBytes(StandardCharsets.US_ASCII);
        RawResponse r = postForm(t, "application/x-www-form-urlencoded", body);
        assertEquals(400, r.status(), r.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void moreThanDataUploadMaxNumberFilesIs400(Target t) throws IOException {
        String boundary = "blackbox7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i <= 100; i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"f" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\nfile " + i + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        RawResponse r = postForm(t, "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertEquals(400, r.status(), r.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void malformedOrTooDeepJsonIs400AndTooLargeIs413(Target t) throws IOException {
        Csrf csrf = Csrf.from(t, "/polls/1/");
        String head = "POST " + t.path("/api/questions/") + " HTTP/1.1\r\nHost: " + t.authority()
                + "\r\nContent-Type: application/json\r\n" + csrf.headers();
        RawResponse malformed = t.send(head, "{\"text\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, malformed.status(), malformed.describe());
        RawResponse deep = t.send(head, ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, deep.status(), deep.describe());
        RawResponse large = t.send(head, ("{\"text\": \"" + "x".repeat(MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(413, large.status(), large.describe());
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void errorsWithDebugOffGiveNoServerDetail(Target t) throws IOException {
        if (t.debug()) {
            return;
        }
        for (String target : List.of("/nope/", "/x.jsp", "/index.jspx", "/%", "/%zz/", "/a%00b/")) {
            RawResponse r = t.get(target);
            assertTrue(r.status() >= 400 && r.status() < 500, target + " -> " + r.describe());
            for (String detail : List.of("Tomcat", "Jetty", "Exception", "at dev.mosaic", "at org.", "nginx/")) {
                assertFalse(r.body().contains(detail), target + " shows '" + detail + "': " + r.describe());
            }
            String server = r.header("Server");
            assertTrue(server == null || !server.matches(".*\\d.*"), "no version in Server: " + server);
        }
        stillServes(t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theContainerTracksNoSessionOfItsOwn(Target t) throws IOException {
        RawResponse r = t.get(t.path("/;jsessionid=0123456789ABCDEF"));
        assertTrue(r.status() == 404 || r.status() == 400, r.describe());
        for (String cookie : t.get(t.path("/polls/1/")).headers("Set-Cookie")) {
            assertFalse(cookie.startsWith("JSESSIONID"), cookie);
        }
        assertNull(t.get(t.path("/")).header("Location"));
    }

    /** A form POST to the poll, with what a browser would send for CSRF. */
    private static RawResponse postForm(Target t, String contentType, byte[] body) throws IOException {
        Csrf csrf = Csrf.from(t, "/polls/1/");
        return t.send("POST " + t.path("/polls/1/") + " HTTP/1.1\r\nHost: " + t.authority() + "\r\nContent-Type: "
                + contentType + "\r\n" + csrf.headers(), body);
    }

    private static void stillServes(Target t) throws IOException {
        RawResponse home = t.get(t.path("/"));
        assertEquals(200, home.status(), "the site still serves after the bad request: " + home.describe());
    }
}
