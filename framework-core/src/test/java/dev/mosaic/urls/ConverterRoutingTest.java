package dev.mosaic.urls;

import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConverterRoutingTest {
    public static final class Site implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("int/<int:n>/", Echo::view, "int"),
                    path("str/<str:s>/", Echo::view, "str"),
                    path("plain/<s>/", Echo::view, "plain"),
                    path("slug/<slug:s>/", Echo::view, "slug"),
                    path("uuid/<uuid:u>/", Echo::view, "uuid"),
                    path("path/<path:p>", Echo::view, "path"),
                    path("page-<int:n>.html", Echo::view, "page"),
                    path("year/<yyyy:y>/", Echo::view, "year"),
                    path("local/", Urls.include(new Local())));
        }
    }

    /** A conf with its own converter, which applies within it only. */
    static final class Local implements UrlConf {
        public Map<String, PathConverter<?>> converters() {
            return Map.of("span", new PathConverter<String>() {
                public String regex() {
                    return "[0-9]+/[0-9]+"; // may contain '/': the route becomes a tail
                }

                public String toJava(String value) {
                    return value;
                }

                public String toUrl(String value) {
                    return value;
                }
            }, "hex", new PathConverter<Integer>() {
                public String regex() {
                    return "[0-9a-f]+";
                }

                public Integer toJava(String value) {
                    return Integer.parseInt(value, 16);
                }

                public String toUrl(Integer value) {
                    return Integer.toHexString(value);
                }
            });
        }

        public List<UrlPattern> patterns() {
            return List.of(path("<hex:h>/", Echo::view, "hex"),
                    path("range/<span:s>/end/", Echo::view, "span"));
        }
    }

    private final Client client = Echo.client(Site.class, Echo.YearApp.class);

    private String text(String path) {
        TestResponse r = client.get(path);
        assertEquals(200, r.status(), () -> path + " gave " + r.status() + ": " + r.text());
        return r.text();
    }

    @Test
    void intConverterGivesAnInteger() {
        assertEquals("int {n=42} []", text("/int/42/"));
        assertEquals(Integer.class, client.get("/int/7/").match().kwargs().get("n").getClass());
        assertEquals(404, client.get("/int/-1/").status());
        assertEquals(404, client.get("/int/4a/").status());
    }

    @Test
    void intTooLargeForIntegerIsA404NotA500() {
        assertEquals(404, client.get("/int/99999999999999999999/").status());
        assertEquals(404, client.get("/page-99999999999.html").status());
    }

    @Test
    void intConverterTakesExactlyTheRangeOfInteger() {
        assertEquals("int {n=2147483647} []", text("/int/2147483647/"));
        assertEquals("int {n=2147483647} []", text("/int/0002147483647/"));
        assertEquals("int {n=0} []", text("/int/000/"));
        assertEquals(404, client.get("/int/2147483648/").status());
        assertEquals(404, client.get("/int/10000000000/").status());
    }

    @Test
    void strConverterTakesOneSegment() {
        assertEquals("str {s=hello world} []", text("/str/hello world/"));
        assertEquals("plain {s=x.y} []", text("/plain/x.y/"));
        assertEquals(404, client.get("/str/a/b/").status());
        assertEquals(404, client.get("/str//").status());
    }

    @Test
    void slugConverterTakesLettersDigitsHyphensUnderscores() {
        assertEquals("slug {s=my_post-2} []", text("/slug/my_post-2/"));
        assertEquals(404, client.get("/slug/my.post/").status());
    }

    @Test
    void uuidConverterGivesAUuid() {
        String u = "6f1c1b2e-8d4a-4c3b-9e2f-0a1b2c3d4e5f";
        assertEquals(UUID.fromString(u), client.get("/uuid/" + u + "/").match().kwargs().get("u"));
        assertEquals(404, client.get("/uuid/6F1C1B2E-8D4A-4C3B-9E2F-0A1B2C3D4E5F/").status());
    }

    @Test
    void pathConverterTakesTheRestWithSlashes() {
        assertEquals("path {p=docs/2024/index.html} []", text("/path/docs/2024/index.html"));
        assertEquals(404, client.get("/path/").status());
    }

    @Test
    void converterWithLiteralTextAroundItInOneSegment() {
        assertEquals("page {n=12} []", text("/page-12.html"));
        assertEquals(404, client.get("/page-x.html").status());
        assertEquals(404, client.get("/page-.html").status());
        assertEquals(404, client.get("/page-12.htm").status());
        assertEquals(404, client.get("/Page-12.html").status());
        assertEquals(404, client.get("/page.html").status());
    }

    @Test
    void appConverterAppliesAndItsRejectionMeansNoMatch() {
        assertEquals("year {y=2024} []", text("/year/2024/"));
        assertEquals(404, client.get("/year/0999/").status());
        assertEquals("/year/0999/".replace("0999", "2024"), client.application().urls().reverse("year", 2024));
    }

    @Test
    void userConverterWhoseRegexSpansSegments() {
        assertEquals("span {s=1/9} []", text("/local/range/1/9/end/"));
        assertEquals(404, client.get("/local/range/1/end/").status());
        assertEquals("/local/range/2/3/end/", client.application().urls().reverse("span", "2/3"));
    }

    @Test
    void urlConfConverterAppliesWithinItsConf() {
        assertEquals("hex {h=255} []", text("/local/ff/"));
        assertEquals("/local/ff/", client.application().urls().reverse("hex", 255));
    }
}
