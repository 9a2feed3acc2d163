package com.example.api;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * JSON in and out for the API's views, with Jackson. (To be replaced by
 * {@code dev.mosaic.http.Json} when the framework has it.)
 */
final class ApiJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ApiJson() {
    }

    static Response json(int status, Object body) {
        return new Response(status).body(MAPPER.writeValueAsBytes(body), "application/json");
    }

    static Response error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    /** The request body as a JSON object, or a 4xx response that says what is wrong. */
    static Parsed object(Request request) {
        if (!request.mediaType().equals("application/json")) {
            return new Parsed(null, error(415, "Send JSON with Content-Type: application/json."));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(request.body());
        } catch (JacksonException e) {
            return new Parsed(null, error(400, "Malformed JSON: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new Parsed(null, error(400, "Expected a JSON object."));
        }
        return new Parsed(node, null);
    }

    /** Either a JSON object or the error response to send instead. */
    record Parsed(JsonNode node, Response error) {
    }
}
