package com.example.api;

import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.views.Views.requirePost;

public final class ApiUrls implements UrlConf {
    @Override
    public String appName() {
        return "api";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("questions/", QuestionsEndpoint::new, "questions"),
                path("questions/<int:id>/", QuestionEndpoint::new, "question"),
                path("questions/<int:id>/vote/", requirePost(VoteEndpoint::vote), "vote"));
    }
}
