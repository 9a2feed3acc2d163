package dev.mosaic.test;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.ResolverMatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response as a test sees it: status, headers, body, and what produced it. */
public final class TestResponse {
    private final Request request;
    private final Response response;
    private final byte[] body;

    TestResponse(Request request, Response response) {
        this.request = request;
        this.response = response;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!"HEAD".equals(request.method())) {
            try {
                response.writeBody(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.body = out.toByteArray();
    }

    public int status() {
        return response.status();
    }

    public String header(String name) {
        return response.header(name);
    }

    public Response response() {
        return response;
    }

    public Request request() {
        return request;
    }

    public byte[] bytes() {
        return body;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The resolver's match, or null when the request did not resolve. */
    public ResolverMatch match() {
        return request.match();
    }

    public String templateName() {
        return response.templateName();
    }

    public Map<String, Object> context() {
        return response.context();
    }

    @Override
    public String toString() {
        return status() + " " + request;
    }
}
