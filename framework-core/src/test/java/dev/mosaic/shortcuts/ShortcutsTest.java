package dev.mosaic.shortcuts;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.TinyTemplates;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.shortcuts.Shortcuts.redirect;
import static dev.mosaic.shortcuts.Shortcuts.render;
import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortcutsTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("hello/", Urls::hello, "hello"),
                    path("teapot/", r -> render(r, "pages/hello.html", Map.of("name", "tea"), 418)),
                    path("posts/<int:id>/", r -> Response.text("post"), "post"),
                    path("latest/", r -> redirect(r, "post", 42)));
        }

        static Response hello(Request request) {
            return render(request, "pages/hello.html", Map.of("name", "<Ada>"));
        }
    }

    private final Client client = Client.of(Settings.of(Map.of(
            "ROOT_URLCONF", Urls.class.getName(), "TEMPLATES", TinyTemplates.setting())));

    @Test
    void renderRecordsTheTemplateAndContextForTests() {
        TestResponse r = client.get("/hello/");
        assertEquals(200, r.status());
        assertEquals("pages/hello.html", r.templateName());
        assertEquals(Map.of("name", "<Ada>"), r.context());
        assertEquals("<h1>Hello &lt;Ada&gt;</h1>\n", r.text());
        assertTrue(r.header("Content-Type").startsWith("text/html"));
    }

    @Test
    void renderWithAStatus() {
        assertEquals(418, client.get("/teapot/").status());
    }

    @Test
    void redirectReversesAUrlName() {
        TestResponse r = client.get("/latest/");
        assertEquals(302, r.status());
        assertEquals("/posts/42/", r.header("Location"));
    }

    @Test
    void renderWithoutATemplateBackendIsA500ThatNamesTheSettingInDebug() {
        Client noTemplates = Client.of(Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName(), "DEBUG", true)));
        TestResponse r = noTemplates.get("/hello/");
        assertEquals(500, r.status());
        assertTrue(r.text().contains("No template backend is configured, so render() has nothing to render with. Fix: set TEMPLATES"), r.text());
    }
}
