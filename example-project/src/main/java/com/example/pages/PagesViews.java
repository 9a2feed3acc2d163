package com.example.pages;

import com.example.layout.Html;
import com.example.layout.Layout;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

/** Function-based views: each is a {@code Response name(Request)} method. */
final class PagesViews {
    private PagesViews() {
    }

    static Response home(Request request) {
        StringBuilder apps = new StringBuilder("<li><strong>pages</strong> &mdash; these pages, written as function views.</li>\n");
        if (request.app().apps().isInstalled("polls")) {
            apps.append("<li><strong>polls</strong> &mdash; <a href=\"").append(Html.escape(request.reverse("polls:index")))
                    .append("\">vote in a poll</a>, written as class-based views.</li>\n");
        }
        if (request.app().apps().isInstalled("api")) {
            apps.append("<li><strong>api</strong> &mdash; <a href=\"").append(Html.escape(request.reverse("api:questions")))
                    .append("\">the questions as JSON</a>, with validation errors as JSON.</li>\n");
        }
        return Layout.page(request, "Welcome",
                "<p>This site is the Mosaic example project: reusable apps composed into one site.</p>\n"
                        + "<ul class=\"cards\">\n" + apps + "</ul>\n");
    }

    static Response about(Request request) {
        return Layout.page(request, "About", """
                <p>Mosaic is a Django-style MTV web framework for Java 17+ on the Jakarta Servlet API.
                Read the code of this site in <code>example-project/src/main/java/com/example</code>.</p>
                <p>You asked for <code>%s</code>, matched by the URL named <code>%s</code>.</p>
                """.formatted(Html.escape(request.fullPath()), Html.escape(request.match().viewName())));
    }
}
