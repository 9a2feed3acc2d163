package com.example.api;

import com.example.polls.PollsApp;
import com.example.polls.QuestionStore;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.View;

/** {@code GET} one question, or a JSON 404. */
public final class QuestionEndpoint extends View {
    @Override
    public Response get(Request request) {
        int id = request.pathParam("id");
        QuestionStore store = PollsApp.store(request);
        if (!store.contains(id)) {
            return ApiJson.error(404, "No question with id " + id + ".");
        }
        return ApiJson.json(200, QuestionJson.of(store.getOr404(id), request));
    }
}
