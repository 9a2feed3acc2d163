package dev.mosaic.test;

import dev.mosaic.http.Headers;
import dev.mosaic.http.Request;
import dev.mosaic.http.internal.PathDecoder;
import dev.mosaic.server.Application;
import tools.jackson.core.JacksonException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request being put together by a {@link Client} or a {@link RequestFactory}:
 *
 * <pre>{@code
 * TestResponse r = client.request("PUT", "/api/questions/1/")
 *         .header("X-Requested-With", "XMLHttpRequest")
 *         .json(Map.of("text", "Tea or coffee?"))
 *         .send();
 * }</pre>
 *
 * The path is written as in a browser's address bar: percent-escapes are decoded, and a
 * {@code ?query} is split off.
 */
public final class TestRequest {
    private final Client client;
    private final Application application;
    private final String method;
    private final String rawPath;
    private final Headers headers = new Headers();
    private byte[] body;
    private boolean follow;
    private String remoteAddr = "127.0.0.1";

    TestRequest(Client client, Application application, String method, String pathAndQuery) {
        this.client = client;
        this.application = application;
        this.method = Objects.requireNonNull(method, "method");
        this.rawPath = Objects.requireNonNull(pathAndQuery, "path");
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("A test request path starts with '/', like a browser's: got '"
                    + pathAndQuery + "'");
        }
    }

    /** Adds a request header (a repeated name adds another value). */
    public TestRequest header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /**
     * The address the request's connection comes from ({@code 127.0.0.1} unless set): a proxy's,
     * when the test plays one with {@code REMOTE_ADDR_HEADER}, or a client's.
     */
    public TestRequest remoteAddr(String address) {
        this.remoteAddr = Objects.requireNonNull(address, "address");
        return this;
    }

    /** A raw body with its media type (null sends no Content-Type header). */
    public TestRequest body(String contentType, byte[] bytes) {
        if (contentType == null) {
            headers.remove("Content-Type"); // a body without a Content-Type, as some clients send
        } else {
            headers.set("Content-Type", contentType);
        }
        this.body = bytes.clone();
        return this;
    }

    /** Form fields, {@code application/x-www-form-urlencoded}, in map order. */
    public TestRequest form(Map<String, String> fields) {
        return body("application/x-www-form-urlencoded", urlencode(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code value} serialized with Jackson, as {@code application/json}. */
    public TestRequest json(Object value) {
        byte[] bytes;
        try {
            bytes = TestJson.MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
        return body("application/json", bytes);
    }

    /** A {@code multipart/form-data} body with fields and files. */
    public TestRequest multipart(Multipart parts) {
        Multipart.Encoded encoded = parts.encode();
        return body(encoded.contentType(), encoded.body());
    }

    /**
     * Follows redirects to paths of the same application (at most 20), as a browser would;
     * the response's {@link TestResponse#redirectChain()} lists them.
     */
    public TestRequest follow() {
        this.follow = true;
        return this;
    }

    /** Sends the request through the client's application, middleware and all. */
    public TestResponse send() {
        if (client == null) {
            throw new IllegalStateException("This request comes from a RequestFactory, which has no client to send"
                    + " it: call build() and pass the Request to the view, or use a Client to send it.");
        }
        return client.send(this);
    }

    /**
     * The {@link Request}, with the application attached but not yet resolved.
     *
     * @throws dev.mosaic.http.BadRequest when the servlet would refuse the path (see {@link Client})
     */
    public Request build() {
        return build(path(), null);
    }

    /** @param path the decoded path, or the raw one for a stand-in of a refused request */
    Request build(String path, String cookieHeader) {
        int q = rawPath.indexOf('?');
        Request.Builder b = Request.builder(method, path)
                .query(q < 0 ? null : rawPath.substring(q + 1))
                .remoteAddr(remoteAddr)
                .contextPath(application.contextPath());
        if (!headers.contains("Host")) {
            b.header("Host", "testserver");
        }
        for (Map.Entry<String, List<String>> e : headers.asMap().entrySet()) {
            for (String v : e.getValue()) {
                b.header(e.getKey(), v);
            }
        }
        if (cookieHeader != null) {
            b.header("Cookie", cookieHeader);
        }
        if (body != null) {
            b.body(body);
        }
        Request request = b.build();
        request.setApp(application);
        return request;
    }

    String method() {
        return method;
    }

    /**
     * The path without the query, decoded exactly as the servlet adapter decodes it, so that a
     * view sees the same path under both and a path production refuses is refused here too.
     *
     * @throws dev.mosaic.http.BadRequest for a malformed escape, invalid UTF-8, a control
     *         character, or a {@code .}/{@code ..} segment
     */
    String path() {
        return PathDecoder.decode(undecodedPath());
    }

    /** The path as written, without the query. */
    String undecodedPath() {
        int q = rawPath.indexOf('?');
        return q < 0 ? rawPath : rawPath.substring(0, q);
    }

    String rawPath() {
        return rawPath;
    }

    boolean follows() {
        return follow;
    }

    /** A copy for the next hop of a redirect: same headers, a new target, the body only if kept. */
    TestRequest redirectedTo(String newMethod, String pathAndQuery, boolean keepBody) {
        TestRequest next = new TestRequest(client, application, newMethod, pathAndQuery);
        headers.asMap().forEach((name, values) -> {
            if (keepBody || !name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> next.headers.add(name, v));
            }
        });
        next.body = keepBody ? body : null;
        next.follow = follow;
        return next;
    }

    static String urlencode(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
