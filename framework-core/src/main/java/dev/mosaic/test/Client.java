package dev.mosaic.test;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.BadRequest;
import dev.mosaic.http.Cookie;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.internal.CsrfState;
import dev.mosaic.server.Application;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An in-process HTTP client for tests: builds requests, runs them through the application's
 * whole middleware chain (no socket), keeps cookies between requests as a browser does, and
 * returns {@link TestResponse}s that expose the resolver match and the rendered template.
 *
 * <pre>{@code
 * Client client = Client.of(Settings.of(Map.of("ROOT_URLCONF", SiteUrls.class.getName())));
 * TestResponse r = client.get("/blog/");
 * r.assertStatus(200);
 * TestResponse created = client.postJson("/api/posts/", Map.of("title", "Hello"));
 * TestResponse voted = client.request("POST", "/polls/1/vote/").form(Map.of("choice", "2")).follow().send();
 * }</pre>
 *
 * A client is cheap and, like a browser tab, meant for one test at a time: it is not
 * thread-safe. Requests carry {@code Host: testserver}, which {@link #of} adds to
 * {@code ALLOWED_HOSTS} as Django's test runner does; a client made with {@code new Client(app)}
 * keeps the application's hosts as configured.
 *
 * <p>For a project started at a context path ({@link #of(Settings, String)}),
 * paths are written below it, as {@code request.path()} reads them ({@code client.get("/cart/")}
 * requests {@code /shop/cart/}); the requests carry the context path, so {@code Location}
 * headers and reversed links include it, and {@code follow()} takes it off again.
 */
public final class Client {
    static final int MAX_REDIRECTS = 20;

    private final Application application;
    private final CookieJar cookies = new CookieJar();
    private boolean enforceCsrfChecks;

    public Client(Application application) {
        this.application = application;
    }

    /** A client for a project started from {@code settings}. */
    public static Client of(Settings settings) {
        return new Client(Application.start(TestEnvironment.settings(settings)));
    }

    /**
     * A client for a project started from {@code settings} at {@code contextPath}, as a WAR
     * deployed as {@code shop.war} is at {@code /shop}: see the class comment for how paths read.
     */
    public static Client of(Settings settings, String contextPath) {
        return new Client(Application.start(TestEnvironment.settings(settings), contextPath));
    }

    public Application application() {
        return application;
    }

    // ---- one method per verb -----------------------------------------------------------------

    public TestResponse get(String pathAndQuery) {
        return request("GET", pathAndQuery).send();
    }

    public TestResponse head(String pathAndQuery) {
        return request("HEAD", pathAndQuery).send();
    }

    public TestResponse options(String pathAndQuery) {
        return request("OPTIONS", pathAndQuery).send();
    }

    public TestResponse delete(String pathAndQuery) {
        return request("DELETE", pathAndQuery).send();
    }

    /** POSTs form fields, urlencoded, as an HTML form does. */
    public TestResponse post(String path, Map<String, String> form) {
        return request("POST", path).form(form).send();
    }

    /** POSTs fields and files as {@code multipart/form-data}. */
    public TestResponse post(String path, Multipart parts) {
        return request("POST", path).multipart(parts).send();
    }

    public TestResponse put(String path, Map<String, String> form) {
        return request("PUT", path).form(form).send();
    }

    public TestResponse patch(String path, Map<String, String> form) {
        return request("PATCH", path).form(form).send();
    }

    /** POSTs {@code body} as JSON (records, maps, lists, ... through Jackson). */
    public TestResponse postJson(String path, Object body) {
        return request("POST", path).json(body).send();
    }

    public TestResponse putJson(String path, Object body) {
        return request("PUT", path).json(body).send();
    }

    public TestResponse patchJson(String path, Object body) {
        return request("PATCH", path).json(body).send();
    }

    /** Starts a request with any method; add headers and a body, then {@code send()}. */
    public TestRequest request(String method, String pathAndQuery) {
        return new TestRequest(this, application, method, pathAndQuery);
    }

    /** Sends {@code method} with a body of {@code contentType} (both may be null). */
    public TestResponse request(String method, String pathAndQuery, String contentType, byte[] body) {
        TestRequest r = request(method, pathAndQuery);
        if (body != null || contentType != null) {
            r.body(contentType == null ? "application/octet-stream" : contentType, body == null ? new byte[0] : body);
        }
        return r.send();
    }

    /**
     * Makes {@code CsrfMiddleware} check this client's requests. By default it does not, as
     * Django's test client: tests of views need not fetch tokens; tests of CSRF itself opt in.
     */
    public Client enforceCsrfChecks() {
        this.enforceCsrfChecks = true;
        return this;
    }

    // ---- cookies -------------------------------------------------------------------------------

    /** The cookies the client holds, by name (a snapshot). */
    public Map<String, String> cookies() {
        return Collections.unmodifiableMap(cookies.values());
    }

    /** Sets a cookie for every path, as if the application had set it. */
    public Client setCookie(String name, String value) {
        Cookie.of(name, value); // validates the name and value as a response cookie would be
        cookies.put(name, value, "/");
        return this;
    }

    /** Forgets every cookie (a fresh browser). */
    public Client clearCookies() {
        cookies.clear();
        return this;
    }

    // ---- sending -------------------------------------------------------------------------------

    TestResponse send(TestRequest first) {
        TestRequest current = first;
        List<TestResponse.Redirect> chain = new ArrayList<>();
        while (true) {
            // As the servlet: a path it refuses is answered by the project's 400, never thrown at the test.
            String path;
            BadRequest invalid = null;
            try {
                path = current.path();
            } catch (BadRequest e) {
                path = current.undecodedPath();
                invalid = e;
            }
            // The jar matches cookie paths against the path the browser sees, context path included.
            Request request = current.build(path, cookies.header(application.contextPath() + path));
            if (!enforceCsrfChecks) {
                request.setAttribute(CsrfState.DONT_ENFORCE, Boolean.TRUE);
            }
            Response response;
            TestResponse received;
            try (request) {
                response = invalid == null ? application.handle(request) : application.handleInvalid(request, invalid);
                // Reads the whole body before close() deletes uploads a streamed body may still use,
                // in the same order as the servlet: write the response, then close the request.
                received = new TestResponse(request, response, chain);
            }
            receiveCookies(response, application.contextPath() + request.path());
            String location = response.header("Location");
            if (!current.follows() || !isRedirect(response.status()) || location == null) {
                return received;
            }
            if (chain.size() == MAX_REDIRECTS) {
                throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects starting at "
                        + first.method() + " " + first.rawPath() + " (a redirect loop?): " + chain);
            }
            String target = sameAppTarget(location, current.rawPath(), application.contextPath());
            chain.add(new TestResponse.Redirect(target, response.status()));
            int s = response.status();
            boolean keepMethod = s == 307 || s == 308;
            String method = keepMethod || current.method().equals("HEAD") ? current.method() : "GET";
            current = current.redirectedTo(method, target, keepMethod);
        }
    }

    private void receiveCookies(Response response, String requestPath) {
        for (String header : response.headers().all("Set-Cookie")) {
            cookies.receive(header, requestPath);
        }
        for (Cookie c : response.cookies()) {
            cookies.receive(c.toHeader(), requestPath);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String sameAppTarget(String location, String fromPathAndQuery) {
        return sameAppTarget(location, fromPathAndQuery, "");
    }

    /**
     * The path (below {@code contextPath}) and query a {@code Location} points to, when it stays
     * in this application.
     */
    static String sameAppTarget(String location, String fromPathAndQuery, String contextPath) {
        URI base;
        try {
            base = URI.create("http://testserver" + contextPath + fromPathAndQuery);
        } catch (IllegalArgumentException e) {
            base = URI.create("http://testserver/"); // a test path with, say, a raw space; Location is absolute then
        }
        URI resolved;
        try {
            resolved = base.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot follow the redirect to '" + location + "': it is not a valid"
                    + " URI (" + e.getMessage() + ")", e);
        }
        String host = resolved.getHost();
        if (host != null && !host.equals("testserver")) {
            throw new IllegalStateException("Cannot follow the redirect to '" + location + "': it leaves the"
                    + " application (host " + host + "). The test client follows only paths of the same app;"
                    + " send the request without follow() and assert on the Location header.");
        }
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        if (!contextPath.isEmpty()) {
            if (!path.startsWith(contextPath + "/")) {
                throw new IllegalStateException("Cannot follow the redirect to '" + location + "': it leaves the"
                        + " application, which is mounted at " + contextPath + ". Send the request without follow()"
                        + " and assert on the Location header.");
            }
            path = path.substring(contextPath.length());
        }
        return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
    }
}
