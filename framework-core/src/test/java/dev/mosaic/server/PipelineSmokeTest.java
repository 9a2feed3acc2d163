package dev.mosaic.server;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PipelineSmokeTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("", Urls::index, "index"),
                    path("posts/<int:id>/", Detail::new, "detail"));
        }

        static Response index(Request request) {
            return Response.text("index");
        }
    }

    public static final class Detail extends View {
        @Override
        public Response get(Request request) {
            int id = request.pathParam("id");
            return Response.text("post " + (id + 1) + " " + request.reverse("detail", id));
        }
    }

    private final Client client = Client.of(Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName())));

    @Test
    void functionViewAnswersAtRoot() {
        TestResponse r = client.get("/");
        assertEquals(200, r.status());
        assertEquals("index", r.text());
        assertEquals("index", r.match().urlName());
    }

    @Test
    void classViewReceivesTypedPathParameter() {
        TestResponse r = client.get("/posts/41/");
        assertEquals("post 42 /posts/41/", r.text());
    }

    @Test
    void unknownPathIs404() {
        assertEquals(404, client.get("/nope/").status());
    }
}
