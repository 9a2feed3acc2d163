package com.example.api;

import com.example.polls.Choice;
import com.example.polls.Question;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.mosaic.orm.test.Queries.assertNumQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question list a page at a time: 2 published questions from the fixture and 12 made here, 14 in all. */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest(fixtures = "polls/fixtures/polls.json")
class ApiPaginationTest {
    private Client client;

    @BeforeEach
    void questions(Client client) {
        this.client = client;
        for (int i = 1; i <= 12; i++) {
            Question.create("Question " + i + "?", List.of("Yes", "No"));
        }
    }

    private JsonNode page(String query) {
        return client.get("/api/questions/" + query).assertStatus(200).json();
    }

    @Test
    void theFirstPageHasTenQuestionsAndLinksToTheNext() {
        JsonNode page = page("");
        assertEquals(14, page.get("count").asInt());
        assertEquals(10, page.get("results").size());
        assertEquals("/api/questions/?page=2", page.get("next").asString());
        assertTrue(page.get("previous").isNull());
        assertEquals(List.of("Yes", "No"), texts(page.get("results").get(0).get("choices")));
    }

    @Test
    void theLastPageHasTheRestAndLinksBack() {
        JsonNode page = page("?page=2");
        assertEquals(14, page.get("count").asInt());
        assertEquals(4, page.get("results").size());
        assertTrue(page.get("next").isNull());
        assertEquals("/api/questions/?page=1", page.get("previous").asString());
        assertEquals("/api/questions/1/", page.get("results").get(3).get("url").asString(), "the oldest comes last");
    }

    @Test
    void followingNextVisitsEveryQuestionOnce() {
        Set<Long> seen = new HashSet<>();
        int pages = 0;
        String url = "/api/questions/?page_size=3";
        while (url != null) {
            JsonNode page = client.get(url).assertStatus(200).json();
            page.get("results").forEach(q -> assertTrue(seen.add(q.get("id").asLong()), "twice: " + q));
            url = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        }
        assertEquals(14, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void pageSizeIsKeptInTheLinks() {
        JsonNode page = page("?page=2&page_size=5");
        assertEquals(5, page.get("results").size());
        assertEquals("/api/questions/?page=3&page_size=5", page.get("next").asString());
        assertEquals("/api/questions/?page=1&page_size=5", page.get("previous").asString());
    }

    @Test
    void aPageSizeOverTheMaximumIsServedAsTheMaximum() {
        for (int i = 0; i < ApiPages.MAX_PAGE_SIZE; i++) {
            Question.create("More " + i + "?", List.of("Yes", "No"));
        }
        JsonNode page = page("?page_size=100000");
        assertEquals(114, page.get("count").asInt());
        assertEquals(ApiPages.MAX_PAGE_SIZE, page.get("results").size());
        assertEquals("/api/questions/?page=2&page_size=100", page.get("next").asString());
    }

    @Test
    void aPageIsThreeQueriesWhateverItsSize() {
        assertNumQueries(3, () -> page("?page_size=2")); // the count, the page, the page's choices
        assertNumQueries(3, () -> page("?page_size=14"));
    }

    @Test
    void aPageThatIsNotAWholeNumberFromOneIs400() {
        for (String bad : List.of("x", "1.5", "-1", "0", "+2", "", "%202", "%EF%BC%92")) {
            TestResponse r = client.get("/api/questions/?page=" + bad).assertStatus(400);
            assertEquals("application/json", r.contentType(), bad);
            assertTrue(r.json().get("error").asString().startsWith("page must be a whole number from 1, not '"), r::toString);
        }
        assertEquals("{\"error\":\"page must be a whole number from 1, not 'two'.\"}",
                client.get("/api/questions/?page=two").text());
    }

    @Test
    void aPageSizeThatIsNotAWholeNumberFromOneIs400() {
        for (String bad : List.of("x", "0", "-5", "10.0")) {
            assertEquals("page_size must be a whole number from 1 to 100, not '" + bad + "'.",
                    client.get("/api/questions/?page_size=" + bad).assertStatus(400).json().get("error").asString());
        }
    }

    @Test
    void aPagePastTheLastIs404() {
        assertEquals("{\"error\":\"There is no page 3: the last page is 2.\"}",
                client.get("/api/questions/?page=3").assertStatus(404).text());
        client.get("/api/questions/?page=99999999999999999999").assertStatus(404);
        client.get("/api/questions/?page=15&page_size=1").assertStatus(404);
        client.get("/api/questions/?page=14&page_size=1").assertStatus(200);
    }

    @Test
    void noQuestionsIsOneEmptyPage() {
        Choice.objects.all().delete();
        Question.objects.all().delete();
        JsonNode page = page("");
        assertEquals(0, page.get("count").asInt());
        assertEquals(0, page.get("results").size());
        assertTrue(page.get("next").isNull());
        client.get("/api/questions/?page=2").assertStatus(404);
    }

    private static List<String> texts(JsonNode choices) {
        List<String> texts = new ArrayList<>();
        choices.forEach(c -> texts.add(c.get("text").asString()));
        return texts;
    }
}
