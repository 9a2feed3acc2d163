package com.example.api;

import com.example.polls.Question;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import dev.mosaic.test.WithSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API in a project that leaves {@code CsrfMiddleware} out, as docs/json-api.md promises it
 * works: the token endpoint still sets the cookie its token matches, and writes are still checked.
 */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@WithSettings("MIDDLEWARE=[dev.mosaic.middleware.SecurityMiddleware, dev.mosaic.orm.TransactionMiddleware,"
        + " dev.mosaic.contrib.sessions.SessionMiddleware, dev.mosaic.middleware.CommonMiddleware,"
        + " dev.mosaic.contrib.auth.AuthenticationMiddleware, dev.mosaic.contrib.messages.MessageMiddleware]")
@MosaicDbTest(fixtures = "polls/fixtures/polls.json")
class ApiWithoutCsrfMiddlewareTest {

    @Test
    void theTokenEndpointSetsTheCookieSoAScriptCanVoteAndCreate(Client client) {
        client.enforceCsrfChecks();
        assertTrue(client.application().settings().middleware().stream().noneMatch(m -> m.endsWith("CsrfMiddleware")));
        TestResponse r = client.get("/api/csrf/").assertStatus(200);
        assertNotEquals(null, r.cookie("csrftoken"));
        String token = r.json().get("csrfToken").asString();

        TestResponse voted = client.request("POST", "/api/questions/1/vote/").header("X-CSRFToken", token)
                .json(Map.of("choice", 2)).send().assertStatus(200);
        assertEquals(1, voted.json().get("choices").get(1).get("votes").asInt());

        Writers.logIn(client, Writers.editor(client), token);
        client.request("POST", "/api/questions/").header("X-CSRFToken", Writers.csrfToken(client))
                .json(Map.of("text", "Cats or dogs?", "choices", List.of("Cats", "Dogs"))).send().assertStatus(201);
        assertEquals(1, Question.objects.filter("questionText", "Cats or dogs?").count());
    }

    @Test
    void writesAreStillCheckedWithoutTheMiddleware(Client client) {
        client.enforceCsrfChecks();
        assertEquals("CSRF verification failed. Request aborted. CSRF cookie not set.",
                client.postJson("/api/questions/1/vote/", Map.of("choice", 2)).assertStatus(403).json().get("error").asString());
        client.get("/api/csrf/").assertStatus(200);
        assertEquals("CSRF verification failed. Request aborted. CSRF token missing.",
                client.postJson("/api/questions/1/vote/", Map.of("choice", 2)).assertStatus(403).json().get("error").asString());
    }
}
