package com.example.site;

import com.example.api.ApiUrls;
import com.example.pages.PagesUrls;
import com.example.polls.PollsUrls;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;

/** The root URL configuration ({@code ROOT_URLCONF}): each app under its prefix and namespace. */
public final class SiteUrls implements UrlConf {
    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("", include(PagesUrls.class)),
                path("polls/", include(PollsUrls.class)),
                path("api/", include(ApiUrls.class)));
    }
}
