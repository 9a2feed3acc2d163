package dev.mosaic.views;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.generic.RedirectView;
import dev.mosaic.views.generic.TemplateView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericViewsTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("about/", TemplateView.of("pages/about.html"), "about"),
                    path("hello/<str:name>/", Hello::new, "hello"),
                    path("old/", RedirectView.to("/new/")),
                    path("moved/", RedirectView.to("/new/").permanent()),
                    path("feed/", RedirectView.to("/rss/").withQueryString()),
                    path("p/<int:id>/", RedirectView.to("/posts/{id}/")),
                    path("home/", RedirectView.toPattern("blog-index")),
                    path("go/<int:year>/<slug:slug>/", RedirectView.toPattern("blog-detail").permanent()),
                    path("retired/", RedirectView.gone()),
                    path("to-root/<path:rest>", RedirectView.to("/{rest}")),
                    path("to-value/<path:rest>", RedirectView.to("{rest}")),
                    path("renamed/<str:x>/", RedirectView.to("/new/{x}/")),
                    path("cdn/<str:file>", RedirectView.to("//cdn.example.com/{file}?v={missing}")),
                    path("swap/<int:year>/<slug:slug>/", RedirectView.toPattern("slug-first")),
                    path("by-slug/<slug:slug>/<int:year>/", TemplateView.of("pages/about.html"), "slug-first"),
                    rePath("^legacy/([0-9]+)/([a-z]+)/$", RedirectView.toPattern("numbered")),
                    rePath("^numbered/([0-9]+)-([a-z]+)/$", TemplateView.of("pages/about.html"), "numbered"),
                    path("blog/", TemplateView.of("pages/about.html"), "blog-index"),
                    path("blog/<int:year>/<slug:slug>/", TemplateView.of("pages/about.html"), "blog-detail"));
        }
    }

    public static final class OneRedirect implements UrlConf {
        static final RedirectView.Redirect BASE = RedirectView.to("/x/");
        static final RedirectView.Redirect PERMANENT = BASE.permanent();

        public List<UrlPattern> patterns() {
            return List.of(path("", BASE));
        }
    }

    /** A subclassed TemplateView adding to the context. */
    public static class Hello extends TemplateView {
        public Hello() {
            super("pages/hello.html");
        }

        @Override
        public Map<String, Object> contextData(Request request) {
            Map<String, Object> context = super.contextData(request);
            context.put("greeting", "hi");
            return context;
        }
    }

    private final Client client = Client.of(Settings.of(Map.of(
            "ROOT_URLCONF", Urls.class.getName(),
            "TEMPLATES", TinyTemplates.setting())));

    @Test
    void templateViewRendersItsTemplateInOneLine() {
        TestResponse r = client.get("/about/");
        assertEquals(200, r.status());
        assertEquals("pages/about.html", r.templateName());
        assertTrue(r.text().contains("<h1>About"), r.text());
        assertEquals(TemplateView.class.getName(), r.match().handler().toString());
    }

    @Test
    void templateViewIsNotPostable() {
        TestResponse r = client.post("/about/", Map.of());
        assertEquals(405, r.status());
        assertEquals("GET, HEAD, OPTIONS", r.header("Allow"));
    }

    @Test
    void subclassAddsToTheContextWhichAlreadyHoldsPathParametersAndTheView() {
        TestResponse r = client.get("/hello/ana/");
        assertEquals("<h1>Hello ana</h1>\n", r.text());
        assertEquals("hi", r.context().get("greeting"));
        assertEquals("ana", r.context().get("name"));
        assertTrue(r.context().get("view") instanceof Hello);
    }

    @Test
    void redirectIsTemporaryByDefaultAndDropsTheQueryString() {
        TestResponse r = client.get("/old/?a=1");
        assertEquals(302, r.status());
        assertEquals("/new/", r.header("Location"));
    }

    @Test
    void permanentRedirectIs301() {
        TestResponse r = client.get("/moved/");
        assertEquals(301, r.status());
        assertEquals("/new/", r.header("Location"));
    }

    @Test
    void redirectKeepsTheQueryStringWhenAsked() {
        assertEquals("/rss/?page=2&x=%20", client.get("/feed/?page=2&x=%20").header("Location"));
        assertEquals("/rss/", client.get("/feed/").header("Location"));
    }

    @Test
    void redirectFillsPathParametersIntoTheUrl() {
        assertEquals("/posts/7/", client.get("/p/7/").header("Location"));
    }

    @Test
    void redirectToPatternReversesTheNameWithThePathArguments() {
        assertEquals("/blog/", client.get("/home/").header("Location"));
        TestResponse r = client.get("/go/2024/hello-world/");
        assertEquals(301, r.status());
        assertEquals("/blog/2024/hello-world/", r.header("Location"));
    }

    @Test
    void filledValuesArePercentEncodedSoTheyStayInThePath() {
        assertEquals("/new/a%3Fb%20c/", client.get("/renamed/a%3Fb%20c/").header("Location"));
        assertEquals("/new/caf%C3%A9%5C/", client.get("/renamed/caf%C3%A9%5C/").header("Location"));
    }

    @Test
    void aValueCannotTurnTheRedirectIntoAnotherHost() {
        TestResponse r = client.get("/to-root//evil.com/x");
        assertEquals(302, r.status());
        assertEquals("/%2Fevil.com/x", r.header("Location"));
        assertEquals("/%2Fevil.com", client.get("/to-root/%2Fevil.com").header("Location"));
        assertEquals("/docs/a/", client.get("/to-root/docs/a/").header("Location"));
    }

    @Test
    void aValueThatOpensTheTemplateCannotBecomeASchemeOrAnotherHost() {
        assertEquals("http%3A//evil.com/x", client.get("/to-value/http://evil.com/x").header("Location"));
        assertEquals("javascript%3Aalert(1)", client.get("/to-value/javascript:alert(1)").header("Location"));
        assertEquals("/evil.com", client.get("/to-value//evil.com").header("Location"));
        assertEquals("/%2Fevil.com", client.get("/to-value///evil.com").header("Location"));
        assertEquals("docs/a/", client.get("/to-value/docs/a/").header("Location"));
    }

    @Test
    void aProtocolRelativeTemplateIsKeptAndUnknownNamesStayAsWritten() {
        assertEquals("//cdn.example.com/logo.png?v={missing}", client.get("/cdn/logo.png").header("Location"));
    }

    @Test
    void redirectToPatternPassesPathParametersByName() {
        TestResponse r = client.get("/swap/2024/hello/");
        assertEquals(302, r.status(), r.text());
        assertEquals("/by-slug/hello/2024/", r.header("Location"));
    }

    @Test
    void redirectToPatternPassesUnnamedGroupsInOrder() {
        assertEquals("/numbered/7-abc/", client.get("/legacy/7/abc/").header("Location"));
    }

    @Test
    void redirectAnswersEveryVerb() {
        assertEquals(302, client.post("/old/", Map.of()).status());
        assertEquals(302, client.request("DELETE", "/old/", null, null).status());
    }

    @Test
    void noUrlMeans410Gone() {
        TestResponse r = client.get("/retired/");
        assertEquals(410, r.status());
        assertNull(r.header("Location"));
    }

    @Test
    void redirectConfigurationIsImmutable() {
        RedirectView.Redirect base = RedirectView.to("/x/");
        RedirectView.Redirect permanent = base.permanent();
        assertTrue(base != permanent);
        assertEquals(302, Client.of(Settings.of(Map.of("ROOT_URLCONF", OneRedirect.class.getName())))
                .get("/").status(), "permanent() must not change the redirect it was called on");
        assertEquals("RedirectView to /x/ (302)", base.toString());
        assertEquals("RedirectView to /x/ (301)", permanent.toString());
        assertEquals("RedirectView to pattern blog:detail with the query string (302)",
                RedirectView.toPattern("blog:detail").withQueryString().toString());
        assertEquals("RedirectView: 410 Gone", RedirectView.gone().toString());
    }
}
