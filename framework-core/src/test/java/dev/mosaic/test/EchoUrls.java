package dev.mosaic.test;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Cookie;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;

/** Views that echo what they received, for the test client's own tests. */
public final class EchoUrls implements UrlConf {
    static Settings settings() {
        return Settings.of(Map.of("ROOT_URLCONF", EchoUrls.class.getName()));
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("echo/", EchoUrls::echo, "echo"),
                path("items/<int:id>/", Item::new, "item"),
                path("json/", r -> Response.text("{\"id\": 7, \"name\": \"tea\"}")
                        .header("Content-Type", "application/json"), "json"),
                path("cookies/set/", r -> Response.text("set").cookie(Cookie.of("flavour", "mint")), "set"),
                path("cookies/delete/", r -> Response.text("deleted").deleteCookie("flavour")),
                path("cookies/raw/", r -> Response.text("raw").header("Set-Cookie", "raw=1; Path=/cookies/")),
                path("cookies/scoped/", r -> Response.text("scoped")
                        .cookie(Cookie.of("cart", "3").withPath("/shop/"))),
                path("cookies/expire-scoped/", r -> Response.text("gone")
                        .cookie(Cookie.of("cart", "").withPath("/shop/").withMaxAge(Duration.ZERO))),
                path("shop/cart/", EchoUrls::echo),
                path("words/<str:word>/", r -> Response.text(r.pathParam("word"))),
                path("redirect/<int:n>/", EchoUrls::countdown, "countdown"),
                path("relative/", r -> Response.redirect("echo/?from=relative")),
                path("loop/", r -> Response.redirect("/loop/")),
                path("away/", r -> Response.redirect("https://example.org/")),
                path("see-other/", r -> Response.redirect("/echo/").withStatus(303)),
                path("temporary/", r -> Response.redirect("/echo/").withStatus(307)),
                path("big/", r -> Response.text("x".repeat(800))),
                path("form/", r -> Response.text("name=" + r.form().get("name") + ";tags=" + r.form().all("tag"))));
    }

    /** Answers with the method, path, query, Content-Type, cookies, X- headers and body it got. */
    static Response echo(Request r) {
        return Response.text(r.method() + " " + r.path() + " query=" + r.queryString()
                + " type=" + r.mediaType() + " cookies=" + r.cookies() + " x=" + r.header("X-Test")
                + " body=" + new String(r.body(), StandardCharsets.UTF_8));
    }

    static Response countdown(Request r) {
        int n = r.pathParam("n");
        return n == 0 ? Response.text("arrived") : Response.redirect(r.reverse("countdown", n - 1));
    }

    public static final class Item extends View {
        @Override
        public Response get(Request request) {
            int id = request.pathParam("id");
            return Response.text("item " + id);
        }

        @Override
        public Response put(Request request) {
            return Response.text("put " + request.pathParam("id") + " " + new String(request.body(), StandardCharsets.UTF_8));
        }

        @Override
        public Response patch(Request request) {
            return Response.text("patch " + request.form().get("name"));
        }

        @Override
        public Response delete(Request request) {
            return Response.empty(204);
        }
    }
}
