package dev.mosaic.test;

import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper the test client writes request bodies and reads response bodies with. */
final class TestJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TestJson() {
    }
}
