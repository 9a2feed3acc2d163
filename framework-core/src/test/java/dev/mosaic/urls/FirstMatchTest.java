package dev.mosaic.urls;

import dev.mosaic.test.Client;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Django's rule: the first pattern in declaration order that matches wins, whatever its shape. */
class FirstMatchTest {
    public static final class Site implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("posts/<slug:slug>/", Echo::view, "by-slug"),
                    path("posts/new/", Echo::view, "new"),              // shadowed by by-slug, as in Django
                    path("items/<int:id>/", Echo::view, "item-by-id"),
                    path("items/all/", Echo::view, "all-items"),        // "all" is no int: reachable
                    path("files/<path:rest>", Echo::view, "files"),
                    path("files/readme/", Echo::view, "readme"),        // shadowed by the path tail
                    rePath("^docs/(?P<page>.+)$", Echo::view, "docs"),
                    path("docs/index/", Echo::view, "docs-index"),      // shadowed by the regex
                    path("about/", Echo::view, "about"),
                    path("about", Echo::view, "about-no-slash"),
                    path("shop/", include(List.of(path("<int:n>/", Echo::view, "shop-n")))),
                    path("shop/42/", Echo::view, "shop-42"),
                    path("<str:anything>/", Echo::view, "catch-all"),
                    path("late/", Echo::view, "late"));
        }
    }

    private final Client client = Echo.client(Site.class);

    private String nameFor(String path) {
        return client.get(path).match().viewName();
    }

    @Test
    void earlierConverterRouteBeatsLaterStaticRoute() {
        assertEquals("by-slug", nameFor("/posts/new/"));
        assertEquals("shop-n", nameFor("/shop/42/"));
    }

    @Test
    void laterStaticRouteWinsWhenTheEarlierConverterRejects() {
        assertEquals("item-by-id", nameFor("/items/3/"));
        assertEquals("all-items", nameFor("/items/all/"));
    }

    @Test
    void earlierTailsBeatLaterStaticRoutes() {
        assertEquals("files", nameFor("/files/readme/"));
        assertEquals("docs", nameFor("/docs/index/"));
    }

    @Test
    void earlierCatchAllBeatsLaterStaticRoute() {
        assertEquals("catch-all", nameFor("/late/"));
        assertEquals("about", nameFor("/about/"));
    }

    @Test
    void trailingSlashMatters() {
        assertEquals("about-no-slash", nameFor("/about"));
        assertEquals(404, client.get("/items/3").status());
        assertEquals(404, client.get("/posts//").status());
    }

    @Test
    void firstMatchHoldsInALargeTableAgainstALinearScan() {
        List<UrlPattern> patterns = new ArrayList<>();
        String[] shapes = {"a<int:n>/", "<slug:s>/x/", "a1/", "<int:n>/<int:m>/", "a1/x/", "b/<path:p>", "b/c/", "<str:s>"};
        for (int i = 0; i < 200; i++) {
            patterns.add(path(shapes[i % shapes.length].replace("a1", "a" + (i % 7)), Echo::view, "r" + i));
        }
        Resolver urls = Echo.compile(() -> patterns);
        String[] paths = {"a1/", "a3/x/", "12/13/", "b/c/", "b/c/d", "zz", "a5/", "q/x/", "a0/x/", "x/y/z/"};
        for (String p : paths) {
            String linear = null;
            for (UrlPattern candidate : patterns) {
                if (Echo.compile(() -> List.of(candidate)).isValidPath("/" + p)) {
                    linear = ((UrlPattern.Route) candidate).name();
                    break;
                }
            }
            String tree = urls.isValidPath("/" + p) ? urls.resolve("/" + p).urlName() : null;
            assertEquals(linear, tree, p);
        }
    }
}
