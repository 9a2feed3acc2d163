package com.example.site;

import com.example.layout.Html;
import com.example.layout.Layout;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

/** The site's error pages, in its shared layout (see {@link SiteUrls#handler404()}). */
final class SiteErrors {
    private SiteErrors() {
    }

    /**
     * The same page for an unknown URL and for a view's {@code Http404}: the exception's message
     * ("No question with id 99.") is for developers, and would tell visitors what exists.
     */
    static Response notFound(Request request) {
        return Layout.page(request, "Page not found", """
                <p>There is no page at <code>%s</code>. It may have moved, or the link may be mistyped.</p>
                <p><a href="%s">Back to the home page</a></p>
                """.formatted(Html.escape(request.path()), Html.escape(request.reverse("pages:home"))))
                .withStatus(404);
    }
}
