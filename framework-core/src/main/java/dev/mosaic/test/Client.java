package dev.mosaic.test;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Cookie;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.server.Application;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-process HTTP client for tests: builds requests, runs them through the application's
 * whole middleware chain (no socket), keeps cookies between requests, and returns
 * {@link TestResponse}s that expose the resolver match and the rendered template.
 *
 * <pre>{@code
 * Client client = new Client(Application.start(Settings.of(Map.of("ROOT_URLCONF", SiteUrls.class.getName()))));
 * TestResponse r = client.get("/blog/");
 * assertEquals(200, r.status());
 * }</pre>
 */
public final class Client {
    private final Application application;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Client(Application application) {
        this.application = application;
    }

    /** A client for a project started from {@code settings}. */
    public static Client of(Settings settings) {
        return new Client(Application.start(settings));
    }

    public Application application() {
        return application;
    }

    public TestResponse get(String pathAndQuery) {
        return request("GET", pathAndQuery, null, null);
    }

    /** POSTs form fields, urlencoded. */
    public TestResponse post(String path, Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return request("POST", path, "application/x-www-form-urlencoded", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code method} with a body of {@code contentType}. */
    public TestResponse request(String method, String pathAndQuery, String contentType, byte[] body) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        Request.Builder b = Request.builder(method, path).query(query).header("Host", "testserver");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (body != null) {
            b.body(body);
        }
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        Request request = b.build();
        // Closed once the body is read, as the servlet does: spooled uploads are deleted then.
        try (request) {
            Response response = application.handle(request);
            for (Cookie c : response.cookies()) {
                if (c.maxAge() != null && c.maxAge().isZero()) {
                    cookies.remove(c.name());
                } else {
                    cookies.put(c.name(), c.value());
                }
            }
            return new TestResponse(request, response);
        }
    }

    public Map<String, String> cookies() {
        return cookies;
    }
}
