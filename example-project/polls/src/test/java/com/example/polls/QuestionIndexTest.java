package com.example.polls;

import dev.mosaic.orm.Db;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static dev.mosaic.orm.test.Queries.assertNumQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest
class QuestionIndexTest {
    /** Django's create_question(question_text, days): published `days` from now (negative: in the past). */
    private static Question question(String text, int days, String... choices) {
        Question q = Question.objects.create(new Question(text, LocalDateTime.now().plusDays(days)));
        for (String c : choices) {
            q.choices.add(Choice.objects.create(new Choice(q, c)));
        }
        return q;
    }

    @Test
    void withNoQuestionsTheIndexSaysSo(Client client) {
        client.get("/vote/").assertStatus(200).assertContains("No polls are available.");
    }

    @Test
    void aFutureQuestionIsNotListed(Client client) {
        question("Future question.", 30);
        TestResponse r = client.get("/vote/").assertStatus(200);
        assertFalse(r.text().contains("Future question."), r::toString);
        assertEquals(List.of(), r.context().get("question_list"));
    }

    @Test
    void aPastQuestionIsListed(Client client) {
        Question q = question("Past question.", -30);
        client.get("/vote/").assertStatus(200)
                .assertContains("<a href=\"/vote/" + q.id() + "/\">Past question.</a>");
    }

    @Test
    void theIndexCostsTheSameQueriesForOneQuestionOrTen(Client client) {
        for (int i = 0; i < 10; i++) {
            question("Question " + i + "?", -1, "Yes", "No");
        }
        Db.session().flush();   // write the rows now, so that only the request's queries are counted
        assertNumQueries(3, () -> client.get("/vote/").assertStatus(200));
    }
}
