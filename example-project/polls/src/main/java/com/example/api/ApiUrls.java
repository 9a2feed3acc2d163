package com.example.api;

import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;

import java.util.List;

import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.views.Views.requireGet;
import static dev.mosaic.views.Views.requirePost;

/**
 * The API's routes. Writes are authenticated by the session cookie, so every one is
 * CSRF-checked ({@link ApiCsrf#protect}, which answers a failure as JSON); {@code csrf/} hands
 * a script the token to send back in {@code X-CSRFToken}. See docs/json-api.md.
 */
public final class ApiUrls implements UrlConf {
    @Override
    public String appName() {
        return "api";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("csrf/", requireGet(ApiCsrf::token), "csrf"),
                path("questions/", ApiCsrf.protect(View.asView(QuestionsEndpoint::new)), "questions"),
                path("questions/<int:id>/", ApiCsrf.protect(View.asView(QuestionEndpoint::new)), "question"),
                path("questions/<int:id>/vote/", ApiCsrf.protect(requirePost(VoteEndpoint::vote)), "vote"));
    }
}
