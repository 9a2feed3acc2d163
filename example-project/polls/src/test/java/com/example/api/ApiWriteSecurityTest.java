package com.example.api;

import com.example.polls.Question;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write through the API, as a script in a browser or any JSON client meets it: CSRF
 * enforced, logged in through the site's login view with the session cookie.
 */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest(fixtures = "polls/fixtures/polls.json")
class ApiWriteSecurityTest {
    private static final Map<String, Object> NEW = Map.of("text", "Cats or dogs?", "choices", List.of("Cats", "Dogs"));

    private Client client;

    @BeforeEach
    void client(Client client) {
        this.client = client.enforceCsrfChecks();
    }

    private TestResponse create(String token) {
        return client.request("POST", "/api/questions/").header("X-CSRFToken", token).json(NEW).send();
    }

    private long created() {
        return Question.objects.filter("questionText", "Cats or dogs?").count();
    }

    @Test
    void anAnonymousWriteIs401JsonNotARedirectToTheLoginPage() {
        TestResponse r = create(Writers.csrfToken(client)).assertStatus(401);
        assertEquals("application/json", r.contentType());
        assertEquals("{\"error\":\"" + ApiAuth.LOGIN_REQUIRED + "\"}", r.text());
        assertNull(r.header("Location"));
        assertEquals(0, created());
    }

    @Test
    void aUserWithoutThePermissionIs403() {
        Writers.logIn(client, Writers.reader(), Writers.csrfToken(client));
        TestResponse r = create(Writers.csrfToken(client)).assertStatus(403);
        assertEquals("{\"error\":\"You do not have the permission polls.add_question.\"}", r.text());
        assertEquals(0, created());
    }

    @Test
    void aUserWithThePermissionAndTheTokenCreatesTheQuestion() {
        Writers.logIn(client, Writers.editor(client), Writers.csrfToken(client));
        TestResponse r = create(Writers.csrfToken(client)).assertStatus(201);
        assertEquals("Cats or dogs?", r.json().get("text").asString());
        assertEquals(1, created());
        assertEquals(List.of("Cats", "Dogs"), Question.objects.get("questionText", "Cats or dogs?").choices().stream()
                .map(c -> c.text()).toList());
    }

    @Test
    void aWriteWithoutTheTokenIs403JsonAndCreatesNothing() {
        Writers.logIn(client, Writers.editor(client), Writers.csrfToken(client));
        TestResponse r = client.postJson("/api/questions/", NEW).assertStatus(403);
        assertEquals("application/json", r.contentType());
        assertEquals("{\"error\":\"CSRF verification failed. Request aborted. CSRF token missing.\"}", r.text());
        assertEquals(0, created());
    }

    @Test
    void aWriteWithoutTheCookieIs403EvenWithAToken() {
        Writers.logIn(client, Writers.editor(client), Writers.csrfToken(client));
        String token = Writers.csrfToken(client);
        String session = client.cookies().get("sessionid");
        client.clearCookies().setCookie("sessionid", session); // still logged in, but no csrftoken cookie
        TestResponse r = create(token).assertStatus(403);
        assertEquals("CSRF verification failed. Request aborted. CSRF cookie not set.", r.json().get("error").asString());
        assertEquals(0, created());
    }

    @Test
    void aWriteFromAnotherSiteIs403EvenWithTheToken() {
        Writers.logIn(client, Writers.editor(client), Writers.csrfToken(client));
        TestResponse r = client.request("POST", "/api/questions/").header("X-CSRFToken", Writers.csrfToken(client))
                .header("Origin", "https://evil.example").json(NEW).send().assertStatus(403);
        assertEquals("CSRF verification failed. Request aborted. Origin checking failed - https://evil.example does not"
                + " match any trusted origins.", r.json().get("error").asString());
        assertEquals(0, created());
    }

    @Test
    void aTokenFromBeforeTheLoginIsRefusedAfterIt() {
        String before = Writers.csrfToken(client);
        Writers.logIn(client, Writers.editor(client), before);
        TestResponse r = create(before).assertStatus(403);
        assertEquals("CSRF verification failed. Request aborted. CSRF token from the 'X-CSRFToken' HTTP header incorrect.",
                r.json().get("error").asString());
        create(Writers.csrfToken(client)).assertStatus(201);
    }

    @Test
    void theTokenEndpointSetsTheCookieAndIsNeverCached() {
        TestResponse r = client.get("/api/csrf/").assertStatus(200);
        String token = r.json().get("csrfToken").asString();
        assertEquals(64, token.length());
        assertNotEquals(null, r.cookie("csrftoken"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertTrue(r.header("Vary").contains("Cookie"), r.header("Vary"));
        assertEquals(405, client.request("POST", "/api/csrf/").header("X-CSRFToken", token).send().status());
    }

    @Test
    void anyoneMayVoteWithTheTokenButNotWithoutIt() {
        assertEquals("CSRF verification failed. Request aborted. CSRF cookie not set.",
                client.postJson("/api/questions/1/vote/", Map.of("choice", 2)).assertStatus(403).json().get("error").asString());
        String token = Writers.csrfToken(client);
        assertEquals("CSRF verification failed. Request aborted. CSRF token missing.",
                client.postJson("/api/questions/1/vote/", Map.of("choice", 2)).assertStatus(403).json().get("error").asString());
        assertEquals(0, client.get("/api/questions/1/").json().get("choices").get(1).get("votes").asInt());
        TestResponse voted = client.request("POST", "/api/questions/1/vote/").header("X-CSRFToken", token)
                .json(Map.of("choice", 2)).send().assertStatus(200);
        assertEquals(1, voted.json().get("choices").get(1).get("votes").asInt());
    }
}
