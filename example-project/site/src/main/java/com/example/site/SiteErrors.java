package com.example.site;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.util.Map;

import static dev.mosaic.shortcuts.Shortcuts.render;

/** The site's error pages, in its shared layout (see {@link SiteUrls#handler404()}). */
final class SiteErrors {
    private SiteErrors() {
    }

    /**
     * The same page for an unknown URL and for a view's {@code Http404}: the exception's message
     * ("No Question matches the given query.") is for developers, and would tell visitors what exists.
     */
    static Response notFound(Request request) {
        return render(request, "site/not_found.html", Map.of("path", request.path()), 404);
    }
}
