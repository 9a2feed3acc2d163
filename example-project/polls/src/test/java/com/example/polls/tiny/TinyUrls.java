package com.example.polls.tiny;

import com.example.api.ApiUrls;
import com.example.polls.PollsUrls;
import dev.mosaic.contrib.auth.AuthUrls;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;

/**
 * The tiny project's root URL conf: the polls under another prefix than the example site's, and
 * the auth app's login, which the API's writers use.
 */
public final class TinyUrls implements UrlConf {
    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("vote/", include(PollsUrls.class)),
                path("api/", include(ApiUrls.class)),
                path("accounts/", include(AuthUrls.class)));
    }
}
