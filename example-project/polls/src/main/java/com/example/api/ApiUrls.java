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
 * a script the token to send back in {@code X-CSRFToken}. It is wrapped too: the check's
 * response step is what sets the {@code csrftoken} cookie, so without the wrapper a project
 * that leaves {@code CsrfMiddleware} out would hand out tokens and no cookie to match them.
 * See docs/json-api.md.
 */
public final class ApiUrls implements UrlConf {
    @Override
    public String appName() {
        return "api";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("csrf/", ApiCsrf.protect(requireGet(ApiCsrf::token)), "csrf"),
                path("questions/", ApiCsrf.protect(View.asView(QuestionsEndpoint::new)), "questions"),
                path("questions/<int:id>/", ApiCsrf.protect(View.asView(QuestionEndpoint::new)), "question"),
                path("questions/<int:id>/vote/", ApiCsrf.protect(requirePost(VoteEndpoint::vote)), "vote"));
    }
}
