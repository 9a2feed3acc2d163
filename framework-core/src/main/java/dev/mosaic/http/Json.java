package dev.mosaic.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out, through one {@link JsonMapper} configured once and shared by all threads:
 * no default typing (a body can never choose a Java class), content after the value is an
 * error, nesting is limited to {@link #MAX_DEPTH} levels, and {@code java.time} values are
 * written as ISO-8601 strings.
 *
 * <pre>{@code
 * record NewPost(String title, List<String> tags) {}
 *
 * static Response create(Request request) {
 *     NewPost post = request.json(NewPost.class);      // 400 with line and column if it does not fit
 *     return Response.json(Map.of("title", post.title())).withStatus(201);
 * }
 * }</pre>
 */
public final class Json {
    /** The deepest nesting of arrays and objects a request body may have. */
    public static final int MAX_DEPTH = 100;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    // Reconfigured once: ObjectReader.without(...) and readerFor(...) each build a new reader.
    private static final ObjectReader READER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** The shared mapper, for code that needs Jackson directly. Do not reconfigure it. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A 200 response with {@code value} as JSON ({@code application/json}, UTF-8 as RFC 8259 requires). */
    public static Response response(Object value) {
        return new Response(200).body(MAPPER.writeValueAsBytes(value), "application/json");
    }

    /** {@code value} as JSON text. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Binds a JSON document to {@code type}; bad input is a {@link BadRequest} naming what and where. */
    public static <T> T read(byte[] json, Class<T> type) {
        return parse(json, type);
    }

    static <T> T read(Request request, Class<T> type) {
        return parse(requestBody(request), type);
    }

    static JsonNode readTree(Request request) {
        return parse(requestBody(request), JsonNode.class);
    }

    private static byte[] requestBody(Request request) {
        String type = request.mediaType();
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw new UnsupportedMediaType("Expected a JSON body with Content-Type application/json, got "
                    + (type.isEmpty() ? "no Content-Type" : "'" + type + "'") + ".");
        }
        return request.body();
    }

    private static <T> T parse(byte[] json, Class<T> type) {
        if (json.length == 0) {
            throw new BadRequest("Expected a JSON body, got an empty body.");
        }
        // Jackson's own trailing-token check (on in MAPPER, for direct users) reports a type mismatch;
        // checking here instead names the actual problem.
        try (JsonParser p = MAPPER.createParser(json)) {
            T value;
            try {
                value = READER.forType(type).readValue(p);
            } catch (JacksonException e) {
                throw JsonBindingErrors.toBadRequest(e, type);
            }
            try {
                if (p.nextToken() != null) {
                    throw new BadRequest("Unexpected content after the JSON value" + JsonBindingErrors.at(p.currentTokenLocation()) + ".");
                }
            } catch (JacksonException e) {
                throw new BadRequest("Unexpected content after the JSON value" + JsonBindingErrors.at(e.getLocation()) + ".");
            }
            if (value == null && !JsonNode.class.isAssignableFrom(type)) {
                // A view binding a record would otherwise get null and fail with a 500 on first use.
                throw new BadRequest("Expected " + JsonBindingErrors.expectedOrValue(type) + ", got null.");
            }
            return value;
        }
    }
}
