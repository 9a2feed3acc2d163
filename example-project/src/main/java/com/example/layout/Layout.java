package com.example.layout;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.NoReverseMatch;

/**
 * The site's page shell: head, stylesheet, navigation and footer around a page's content.
 * Shared by the example's apps in place of a base template; the navigation shows a link only
 * for the apps that are installed, so each app still works on its own.
 */
public final class Layout {
    private static final String[][] NAV = {
            {"pages:home", "Home"}, {"polls:index", "Polls"}, {"api:questions", "API"}, {"pages:about", "About"}};

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2933;background:#f5f7fa}
            header{background:#243b53;color:#fff}
            header .bar{max-width:46rem;margin:0 auto;padding:.8rem 1rem;display:flex;gap:1.2rem;align-items:baseline}
            header a{color:#d9e2ec;text-decoration:none}
            header a.brand{color:#fff;font-weight:700;font-size:1.2rem;margin-right:auto}
            main{max-width:46rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
            h1{margin-top:0;font-size:1.7rem}
            a{color:#2680c2}
            ul.cards{list-style:none;padding:0}
            ul.cards li{padding:.6rem 0;border-bottom:1px solid #e4e7eb}
            .error{background:#ffe3e3;color:#8a1c1c;padding:.6rem 1rem;border-radius:4px}
            button{background:#2680c2;color:#fff;border:0;padding:.5rem 1.2rem;border-radius:4px;font-size:1rem;cursor:pointer}
            label{display:block;padding:.2rem 0}
            code{background:#f0f4f8;padding:.1rem .3rem;border-radius:3px}
            footer{text-align:center;color:#829ab1;font-size:.85rem;margin-bottom:2rem}
            """;

    private Layout() {
    }

    /** A 200 HTML page titled {@code title} around {@code contentHtml} (already escaped). */
    public static Response page(Request request, String title, String contentHtml) {
        StringBuilder b = new StringBuilder(2048 + contentHtml.length())
                .append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · Mosaic example</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header><nav class=\"bar\">")
                .append("<a class=\"brand\" href=\"").append(link(request, "pages:home", "/")).append("\">Mosaic</a>");
        for (String[] item : NAV) {
            String href = link(request, item[0], null);
            if (href != null) {
                b.append("<a href=\"").append(Html.escape(href)).append("\">").append(item[1]).append("</a>");
            }
        }
        b.append("</nav></header>\n<main>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append(contentHtml)
                .append("\n</main>\n<footer>Built with Mosaic, a Django-style web framework for Java.</footer>\n")
                .append("</body>\n</html>\n");
        return Response.html(b.toString());
    }

    private static String link(Request request, String name, String fallback) {
        try {
            return request.reverse(name);
        } catch (NoReverseMatch e) {
            return fallback;
        }
    }
}
