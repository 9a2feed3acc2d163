package com.example.polls;

import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.urls.Urls.path;

public final class PollsUrls implements UrlConf {
    @Override
    public String appName() {
        return "polls";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("", QuestionIndex::new, "index"),
                path("<int:id>/", QuestionDetail::new, "detail"),
                path("<int:id>/results/", QuestionResults::new, "results"));
    }
}
