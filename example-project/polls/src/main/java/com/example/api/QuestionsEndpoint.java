package com.example.api;

import com.example.polls.Question;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.View;

import java.util.Map;

/**
 * {@code GET} lists the published questions, newest first, a page at a time ({@link ApiPages});
 * {@code POST} creates one from JSON, for a logged-in user with the permission
 * {@value #ADD_QUESTION} (the CSRF token is checked before, see {@link ApiCsrf}).
 */
public final class QuestionsEndpoint extends View {
    static final String ADD_QUESTION = "polls.add_question";

    @Override
    public Response get(Request request) {
        return ApiPages.of(request, request.reverse("api:questions"), Question.latest().prefetchRelated("choices"),
                q -> QuestionJson.of(q, request));
    }

    @Override
    public Response post(Request request) {
        Response denied = ApiAuth.denied(request, ADD_QUESTION);
        if (denied != null) {
            return denied;
        }
        ApiJson.Parsed parsed = ApiJson.object(request);
        if (parsed.error() != null) {
            return parsed.error();
        }
        NewQuestion input = NewQuestion.from(parsed.node());
        if (!input.isValid()) {
            return ApiJson.json(400, Map.of("errors", input.errors()));
        }
        Question q = Question.create(input.text(), input.choices());
        QuestionJson body = QuestionJson.of(q, request);
        return ApiJson.json(201, body).header("Location", body.url());
    }
}
