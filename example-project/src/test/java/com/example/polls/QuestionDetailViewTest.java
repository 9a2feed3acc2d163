package com.example.polls;

import com.example.site.TestSite;
import dev.mosaic.http.Response;
import dev.mosaic.test.RequestFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The voting view called directly, without the middleware chain. */
class QuestionDetailViewTest {
    private final RequestFactory factory = RequestFactory.of(TestSite.settings());

    @Test
    void aVoteRedirectsToTheResultsAndIsCounted() throws Exception {
        Response r = new QuestionDetail().dispatch(factory.resolve(factory.post("/polls/1/", Map.of("choice", "3"))));
        assertEquals(302, r.status());
        assertEquals("/polls/1/results/", r.header("Location"));
        assertEquals(null, r.header("Server-Timing")); // no middleware ran
        Question q = PollsApp.store(factory.get("/")).getOr404(1);
        assertEquals(1, q.choice(3).orElseThrow().votes());
    }
}
