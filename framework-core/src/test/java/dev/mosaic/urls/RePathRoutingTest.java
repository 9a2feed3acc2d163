package dev.mosaic.urls;

import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RePathRoutingTest {
    public static final class Site implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    rePath("^articles/(?P<year>[0-9]{4})/$", Echo::view, "python-style"),
                    rePath("^news/(?<year>[0-9]{4})/(?<month>[0-9]{2})/$", Echo::view, "java-style"),
                    rePath("^posts/(?P<post_id>[0-9]+)/(?P<page_no>[0-9]+)/$", Echo::view, "underscores"),
                    rePath("^blog/([0-9]{4})/([a-z]+)/$", Echo::view, "unnamed"),
                    rePath("^mixed/(?P<a>[0-9]+)-([0-9]+)/$", Echo::view, "mixed"),
                    rePath("^opt/(?:page-(?P<n>[0-9]+)/)?$", Echo::view, "optional"),
                    rePath("^files\\.txt$", Echo::view, "escaped"),
                    rePath("^prefix/", Echo::view, "no-dollar"),
                    rePath("^(?:en|de)/about/$", Echo::view, "alternation"),
                    path("shop/", include(new Shop())),
                    rePath("^wiki/", include(new Wiki())));
        }
    }

    static final class Shop implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(rePath("^item/(?P<item_id>[0-9]+)/$", Echo::view, "item"));
        }
    }

    static final class Wiki implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(path("<slug:page>/", Echo::view, "page"));
        }
    }

    private final Client client = Echo.client(Site.class);
    private final Resolver urls = client.application().urls();

    private String text(String path) {
        TestResponse r = client.get(path);
        assertEquals(200, r.status(), () -> path + " gave " + r.status() + ": " + r.text());
        return r.text();
    }

    @Test
    void pythonStyleNamedGroupBecomesKeywordArgument() {
        assertEquals("python-style {year=2024} []", text("/articles/2024/"));
        assertEquals(404, client.get("/articles/24/").status());
    }

    @Test
    void javaStyleNamedGroupsWorkToo() {
        assertEquals("java-style {year=2024, month=05} []", text("/news/2024/05/"));
    }

    @Test
    void groupNamesWithUnderscoresWork() {
        assertEquals("underscores {post_id=7, page_no=2} []", text("/posts/7/2/"));
        assertEquals("/posts/7/2/", urls.reverse("underscores", Map.of("post_id", 7, "page_no", 2)));
    }

    @Test
    void unnamedGroupsBecomePositionalArguments() {
        assertEquals("unnamed {} [2024, hello]", text("/blog/2024/hello/"));
        assertEquals("/blog/2024/hello/", urls.reverse("unnamed", 2024, "hello"));
    }

    @Test
    void unnamedGroupsAreIgnoredWhenThereAreNamedOnes() {
        assertEquals("mixed {a=1} []", text("/mixed/1-2/"));
    }

    @Test
    void optionalGroupThatTookNoPartIsLeftOut() {
        assertEquals("optional {} []", text("/opt/"));
        assertEquals("optional {n=3} []", text("/opt/page-3/"));
    }

    @Test
    void regexWithoutDollarMatchesAsPrefix() {
        assertEquals("no-dollar {} []", text("/prefix/anything/below"));
    }

    @Test
    void regexInsideAndAroundIncludes() {
        assertEquals("item {item_id=9} []", text("/shop/item/9/"));
        assertEquals("page {page=home} []", text("/wiki/home/"));
        assertEquals("/shop/item/9/", urls.reverse("item", 9));
        assertEquals("/wiki/home/", urls.reverse("page", "home"));
    }

    @Test
    void simpleRegexReversesWithEscapesAndAnchorsRemoved() {
        assertEquals("/articles/2024/", urls.reverse("python-style", 2024));
        assertEquals("/files.txt", urls.reverse("escaped"));
        assertEquals("escaped {} []", text("/files.txt"));
        assertEquals(404, client.get("/filesxtxt").status());
    }

    @Test
    void reverseChecksValuesAgainstTheRegex() {
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> urls.reverse("python-style", 24));
        assertEquals("Reverse for 'python-style' with arguments '(24)' not found. 1 pattern(s) tried:"
                + " ['^articles/(?P<year>[0-9]{4})/$']", e.getMessage());
    }

    @Test
    void complexRegexSaysItCannotBeReversed() {
        assertEquals("alternation {} []", text("/de/about/"));
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> urls.reverse("alternation"));
        assertTrue(e.getMessage().startsWith("Reverse for 'alternation' not found: its pattern '^(?:en|de)/about/$'"
                + " is a regular expression Mosaic cannot reverse (it has a non-capturing group"), e.getMessage());
    }
}
