package dev.mosaic.urls;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.views.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamespaceRoutingTest {
    public static final class Site implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("", Echo::view, "home"),
                    path("blog/", include(BlogUrls.class)),
                    path("news/", include(BlogUrls.class, "news")),
                    path("api/v<int:version>/", include(new Api())),
                    path("pages/", include(List.of(path("<path:rest>", Echo::view, "page")))),
                    path("about/", Detail::new, "about"));
        }
    }

    public static final class BlogUrls implements UrlConf {
        public String appName() {
            return "blog";
        }

        public List<UrlPattern> patterns() {
            return List.of(
                    path("", Echo::view, "index"),
                    path("<int:year>/<slug:slug>/", Echo::view, "detail"),
                    path("comments/", include(new Comments())));
        }
    }

    static final class Comments implements UrlConf {
        public String appName() {
            return "comments";
        }

        public List<UrlPattern> patterns() {
            return List.of(path("<uuid:id>/", Echo::view, "show"));
        }
    }

    static final class Api implements UrlConf {
        public String appName() {
            return "api";
        }

        public List<UrlPattern> patterns() {
            return List.of(rePath("^users/(?P<user_id>[0-9]+)/$", Echo::view, "user"));
        }
    }

    public static final class Detail extends View {
        @Override
        public Response get(Request request) {
            return Response.text("about");
        }
    }

    private final Client client = Echo.client(Site.class);
    private final Resolver urls = client.application().urls();
    private static final UUID ID = UUID.fromString("6f1c1b2e-8d4a-4c3b-9e2f-0a1b2c3d4e5f");

    @Test
    void includedRoutesResolveWithTheirNamespaces() {
        TestResponse r = client.get("/news/2024/hello/");
        assertEquals("news:detail {year=2024, slug=hello} []", r.text());
        assertEquals(List.of("news"), r.match().namespaces());
        assertEquals(List.of("blog"), r.match().appNames());
        assertEquals("news/<int:year>/<slug:slug>/", r.match().route());
    }

    @Test
    void nestedIncludesStackNamespaces() {
        TestResponse r = client.get("/blog/comments/" + ID + "/");
        assertEquals("blog:comments:show {id=" + ID + "} []", r.text());
        assertEquals("blog:comments", r.match().appName());
    }

    @Test
    void includePrefixWithAConverterPassesItsValueOn() {
        assertEquals("api:user {version=2, user_id=5} []", client.get("/api/v2/users/5/").text());
        assertEquals("/api/v2/users/5/", urls.reverse("api:user", Map.of("version", 2, "user_id", 5)));
    }

    @Test
    void instanceNamespaceAndApplicationNamespaceBothReverse() {
        assertEquals("/news/2024/hi/", urls.reverse("news:detail", 2024, "hi"));
        assertEquals("/blog/2024/hi/", urls.reverse("blog:detail", 2024, "hi"));
        assertEquals("/blog/comments/" + ID + "/", urls.reverse("blog:comments:show", ID));
        assertEquals("/news/comments/" + ID + "/", urls.reverse("news:comments:show", ID));
    }

    @Test
    void everyNamedRouteReversesAndResolvesBackToItself() {
        Map<String, Object[]> args = Map.of(
                "home", new Object[0], "about", new Object[0], "page", new Object[] {"a/b.html"},
                "blog:index", new Object[0], "news:index", new Object[0],
                "blog:detail", new Object[] {1999, "x-y"}, "news:detail", new Object[] {7, "z"},
                "blog:comments:show", new Object[] {ID}, "news:comments:show", new Object[] {ID},
                "api:user", new Object[] {3, 44});
        int checked = 0;
        for (RouteInfo info : urls.routeInfo()) {
            Object[] a = args.get(info.name());
            String path = urls.reverse(info.name(), a);
            ResolverMatch m = urls.resolve(path);
            assertEquals(info.name(), m.viewName(), path);
            // rePath groups give strings, as in Django; converters give their own types
            assertEquals(java.util.Arrays.stream(a).map(String::valueOf).toList(),
                    m.kwargs().values().stream().map(String::valueOf).toList(), path);
            if (!info.route().contains("(?P<")) {
                assertEquals(List.of(a), List.copyOf(m.kwargs().values()), path);
            }
            assertEquals(200, client.get(path).status(), path);
            checked++;
        }
        assertEquals(args.size(), checked);
    }

    @Test
    void routeInfoListsFullRoutesNamesAndViews() {
        List<RouteInfo> info = urls.routeInfo();
        assertEquals(new RouteInfo("", "home", Echo.class.getName() + "::view"), info.get(0));
        assertEquals("blog/comments/<uuid:id>/", info.get(3).route());
        assertEquals("blog:comments:show", info.get(3).name());
        assertEquals("api/v<int:version>/^users/(?P<user_id>[0-9]+)/$", info.get(7).route());
        assertEquals(urls.routes(), info.stream().map(RouteInfo::route).toList());
    }

    @Test
    void missCarriesEveryPatternTriedInOrder() {
        Resolver404 e = org.junit.jupiter.api.Assertions.assertThrows(Resolver404.class, () -> urls.resolve("/nope/"));
        assertEquals("/nope/", e.path());
        assertEquals(List.of("", "blog/", "blog/<int:year>/<slug:slug>/", "blog/comments/<uuid:id>/", "news/",
                "news/<int:year>/<slug:slug>/", "news/comments/<uuid:id>/",
                "api/v<int:version>/^users/(?P<user_id>[0-9]+)/$", "pages/<path:rest>", "about/"), e.tried());
        assertEquals(404, client.get("/nope/").status());
    }

    @Test
    void isValidPathAnswersWithoutThrowing() {
        assertTrue(urls.isValidPath("/about/"));
        assertFalse(urls.isValidPath("/about"));
        assertFalse(urls.isValidPath("/blog/99999999999/x/"));
        assertFalse(urls.isValidPath(null));
    }
}
