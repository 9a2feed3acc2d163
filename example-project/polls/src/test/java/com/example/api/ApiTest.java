package com.example.api;

import com.example.polls.Choice;
import com.example.polls.Question;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as a logged-in editor uses it (CSRF is not enforced here: see {@link ApiWriteSecurityTest}). */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest(fixtures = "polls/fixtures/polls.json")
class ApiTest {
    private Client client;

    @BeforeEach
    void client(Client client) {
        this.client = client;
        Writers.logIn(client, Writers.editor(client));
    }

    record ChoiceBody(long id, String text, int votes) {
    }

    record QuestionBody(long id, String text, String published, String url, List<ChoiceBody> choices) {
    }

    @Test
    void listReturnsThePublishedQuestionsAsAPageOfJson() {
        TestResponse r = client.get("/api/questions/").assertStatus(200);
        assertEquals("application/json", r.contentType());
        JsonNode page = r.json();
        assertEquals(2, page.get("count").asInt());
        assertTrue(page.get("next").isNull(), page::toString);
        assertTrue(page.get("previous").isNull(), page::toString);
        JsonNode results = page.get("results");
        assertEquals(2, results.size());
        assertEquals("Which framework style do you prefer?", results.get(0).get("text").asString());
        assertEquals("/api/questions/1/", results.get(1).get("url").asString());
    }

    @Test
    void detailReturnsOneQuestionWithItsChoices() {
        QuestionBody q = client.get("/api/questions/1/").assertStatus(200).json(QuestionBody.class);
        assertEquals("Tea or coffee?", q.text());
        assertEquals(new ChoiceBody(2, "Coffee", 0), q.choices().get(1));
    }

    @Test
    void anUnknownQuestionIsAJson404() {
        TestResponse r = client.get("/api/questions/42/").assertStatus(404);
        assertEquals("{\"error\":\"No question with id 42.\"}", r.text());
    }

    @Test
    void createAnswers201WithTheLocationOfTheNewQuestion() {
        TestResponse r = client.postJson("/api/questions/", Map.of("text", "Cats or dogs?", "choices", List.of("Cats", "Dogs")))
                .assertStatus(201);
        QuestionBody created = r.json(QuestionBody.class);
        assertEquals("/api/questions/" + created.id() + "/", r.header("Location"));
        assertEquals("Cats or dogs?", client.get(r.header("Location")).json(QuestionBody.class).text());
        assertEquals(List.of("Cats", "Dogs"), Question.objects.get("id", created.id()).choices().stream().map(Choice::text).toList());
        client.get("/vote/" + created.id() + "/").assertStatus(200).assertContains("Dogs");
    }

    @Test
    void invalidFieldsAreReportedTogetherByField() {
        TestResponse r = client.postJson("/api/questions/", Map.of("text", " ", "choices", List.of("Only one")))
                .assertStatus(400);
        assertEquals("{\"errors\":{\"text\":[\"This field is required.\"],"
                + "\"choices\":[\"Give between 2 and 10 choices (got 1).\"]}}", r.text());
    }

    @Test
    void missingFieldsAreRequired() {
        JsonNode errors = client.postJson("/api/questions/", Map.of()).assertStatus(400).json().get("errors");
        assertEquals("This field is required.", errors.get("text").get(0).asString());
        assertEquals("This field is required.", errors.get("choices").get(0).asString());
    }

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        TestResponse r = client.request("POST", "/api/questions/")
                .body("application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)).send().assertStatus(400);
        assertEquals(true, r.json().get("error").asString().startsWith("Malformed JSON at line 1, column 10: "),
                r::toString);
    }

    @Test
    void aFormPostIsRefusedWith415NamingTheContentType() {
        TestResponse r = client.post("/api/questions/", Map.of("text", "x")).assertStatus(415);
        assertEquals("Expected a JSON body with Content-Type application/json, got 'application/x-www-form-urlencoded'.",
                r.json().get("error").asString());
    }

    @Test
    void aBodyOverTheUploadLimitIs413Json() {
        String text = "x".repeat(2_621_440); // DATA_UPLOAD_MAX_MEMORY_SIZE's default
        TestResponse r = client.postJson("/api/questions/", Map.of("text", text, "choices", List.of("a", "b")))
                .assertStatus(413);
        assertEquals("application/json", r.contentType());
        assertTrue(r.json().get("error").asString().contains("DATA_UPLOAD_MAX_MEMORY_SIZE"), r::toString);
    }

    @Test
    void votingCountsTheVoteAndAnswersTheNewCounts() {
        QuestionBody q = client.postJson("/api/questions/1/vote/", Map.of("choice", 2)).assertStatus(200)
                .json(QuestionBody.class);
        assertEquals(new ChoiceBody(2, "Coffee", 1), q.choices().get(1));
        client.get("/vote/1/results/").assertContains("Coffee &mdash; 1 vote");
    }

    @Test
    void votingIsPostOnly() {
        TestResponse r = client.get("/api/questions/1/vote/").assertStatus(405);
        assertEquals("POST", r.header("Allow"));
        client.get("/api/questions/1/").json(QuestionBody.class).choices()
                .forEach(c -> assertEquals(0, c.votes(), c::toString));
    }

    @Test
    void aVoteWithoutAValidChoiceIsRefusedByField() {
        assertEquals("{\"errors\":{\"choice\":[\"This field is required.\"]}}",
                client.postJson("/api/questions/1/vote/", Map.of()).assertStatus(400).text());
        assertEquals("{\"errors\":{\"choice\":[\"There is no choice 9 in this poll.\"]}}",
                client.postJson("/api/questions/1/vote/", Map.of("choice", 9)).assertStatus(400).text());
        assertEquals("There is no choice \"tea\" in this poll.", client.postJson("/api/questions/1/vote/",
                Map.of("choice", "tea")).assertStatus(400).json().get("errors").get("choice").get(0).asString());
    }

    @Test
    void aVoteForAnUnknownQuestionIsAJson404() {
        assertEquals("{\"error\":\"No question with id 42.\"}",
                client.postJson("/api/questions/42/vote/", Map.of("choice", 1)).assertStatus(404).text());
    }
}
