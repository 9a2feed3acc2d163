package dev.mosaic.test;

import dev.mosaic.http.Cookie;
import dev.mosaic.http.Headers;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.ResolverMatch;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A response as a test sees it: status, headers, body, and what produced it (the resolver
 * match, the template and its context, the redirects followed). Its {@code toString} is
 * written for assertion messages: {@code assertEquals(200, r.status(), r::toString)}.
 */
public final class TestResponse {
    /** One redirect followed: where it pointed and with which status (Django's redirect_chain). */
    public record Redirect(String url, int status) {
    }

    private static final int SHOWN_BODY_CHARS = 500;

    private final Request request;
    private final Response response;
    private final byte[] body;
    private final List<Redirect> redirectChain;

    TestResponse(Request request, Response response) {
        this(request, response, List.of());
    }

    TestResponse(Request request, Response response, List<Redirect> redirectChain) {
        this.request = request;
        this.response = response;
        this.redirectChain = List.copyOf(redirectChain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!"HEAD".equals(request.method())) {
            try {
                response.writeBody(out);
            } catch (IOException e) {
                throw new UncheckedIOException("The response body of " + request + " failed to write", e);
            }
        }
        this.body = out.toByteArray();
    }

    // ---- status, headers, body ---------------------------------------------------------------

    public int status() {
        return response.status();
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return response.header(name);
    }

    public Headers headers() {
        return response.headers();
    }

    /** The {@code Content-Type} header, or null. */
    public String contentType() {
        return response.header("Content-Type");
    }

    public byte[] bytes() {
        return body.clone();
    }

    /** The body decoded as UTF-8 (a HEAD response has none). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON tree. */
    public JsonNode json() {
        try {
            return TestJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError("The response body is not JSON (" + e.getOriginalMessage() + "):\n" + this, e);
        }
    }

    /** The body read as JSON into {@code type} (a record, a class with a default constructor, ...). */
    public <T> T json(Class<T> type) {
        try {
            return TestJson.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new AssertionError("The response body cannot be read as " + type.getSimpleName() + " ("
                    + e.getOriginalMessage() + "):\n" + this, e);
        }
    }

    // ---- what produced it --------------------------------------------------------------------

    /** The resolver's match of the last request, or null when its path did not resolve. */
    public ResolverMatch match() {
        return request.match();
    }

    /** The template a {@code render(...)} rendered, or null. */
    public String templateName() {
        return response.templateName();
    }

    /** The context the template was rendered with, or null. */
    public Map<String, Object> context() {
        return response.context();
    }

    /** The cookies this response set (not the ones the client holds: see {@link Client#cookies()}). */
    public List<Cookie> cookies() {
        return response.cookies();
    }

    /** The cookie {@code name} this response set, or null. */
    public Cookie cookie(String name) {
        for (Cookie c : response.cookies()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The redirects followed to reach this response, in order; empty without {@code follow()}. */
    public List<Redirect> redirectChain() {
        return redirectChain;
    }

    /** The last request sent (after any redirects). */
    public Request request() {
        return request;
    }

    public Response response() {
        return response;
    }

    // ---- assertions with readable messages ---------------------------------------------------

    /** Fails, showing this response, unless the status is {@code expected}. */
    public TestResponse assertStatus(int expected) {
        if (status() != expected) {
            throw new AssertionError("Expected status " + expected + " but got " + status() + ":\n" + this);
        }
        return this;
    }

    /** Fails, showing this response, unless the body contains {@code text}. */
    public TestResponse assertContains(String text) {
        if (!text().contains(text)) {
            throw new AssertionError("Expected the body to contain '" + text + "':\n" + this);
        }
        return this;
    }

    /** Status, request, content type, redirects followed, and the start of the body. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(status()).append(' ').append(request.method()).append(' ')
                .append(request.fullPath()).append(" (").append(contentType() == null ? "no Content-Type" : contentType())
                .append(')');
        if (!redirectChain.isEmpty()) {
            b.append(" after redirects ").append(redirectChain);
        }
        String text = text();
        if (text.isEmpty()) {
            return b.append(" with an empty body").toString();
        }
        b.append('\n').append(text, 0, Math.min(text.length(), SHOWN_BODY_CHARS));
        if (text.length() > SHOWN_BODY_CHARS) {
            b.append("\n... (").append(text.length() - SHOWN_BODY_CHARS).append(" more characters)");
        }
        return b.toString();
    }
}
