package com.example.polls;

import com.example.layout.Html;
import com.example.layout.Layout;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.View;

/** The latest questions, each linking to its voting form. */
public final class QuestionIndex extends View {
    @Override
    public Response get(Request request) {
        StringBuilder b = new StringBuilder("<ul class=\"cards\">\n");
        for (Question q : PollsApp.store(request).latest()) {
            b.append("<li><a href=\"").append(Html.escape(request.reverse("polls:detail", q.id()))).append("\">")
                    .append(Html.escape(q.text())).append("</a> <small>(").append(q.totalVotes())
                    .append(q.totalVotes() == 1 ? " vote" : " votes").append(")</small></li>\n");
        }
        return Layout.page(request, "Polls", b.append("</ul>\n").toString());
    }
}
