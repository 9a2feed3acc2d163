package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(path("form/", r -> Response.text(r.charset() + "|" + r.mediaType() + "|" + r.form().get("name"))));
        }
    }

    private final Client client = Client.of(Settings.of(Map.of("ROOT_URLCONF", Urls.class.getName())));

    @Test
    void charsetIsTheCharsetParameterNotTextInsideAnotherParameter() {
        TestResponse r = client.request("POST", "/form/")
                .body("Application/X-WWW-Form-Urlencoded; note=\"charset=bogus\"",
                        "name=caf%C3%A9".getBytes(StandardCharsets.US_ASCII))
                .send();
        assertEquals(200, r.status(), r.text());
        assertEquals("UTF-8|application/x-www-form-urlencoded|café", r.text());
    }

    @Test
    void charsetParameterDecodesTheForm() {
        TestResponse r = client.request("POST", "/form/")
                .body("application/x-www-form-urlencoded; charset=\"ISO-8859-1\"",
                        "name=caf%E9".getBytes(StandardCharsets.US_ASCII))
                .send();
        assertEquals("ISO-8859-1|application/x-www-form-urlencoded|café", r.text());
    }

    @Test
    void unsupportedCharsetIs400() {
        TestResponse r = client.request("POST", "/form/")
                .header("Accept", "application/json")
                .body("application/x-www-form-urlencoded; charset=klingon", "name=x".getBytes(StandardCharsets.US_ASCII))
                .send();
        assertEquals(400, r.status());
        assertEquals("Unsupported charset 'klingon' in Content-Type", r.json().get("detail").asString());
    }

    @Test
    void settingsAndReverseOfARequestWithoutAnApplicationNameTheRequestFactory() {
        Request request = Request.builder("GET", "/x/").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, request::settings);
        assertEquals("The request GET /x/ belongs to no application, so it has no settings or URLs (Request.builder"
                + " makes such a request). In a test, build it with dev.mosaic.test.RequestFactory, which attaches"
                + " the application, or send it with dev.mosaic.test.Client.", e.getMessage());
        assertThrows(IllegalStateException.class, () -> request.reverse("home"));
    }

    @Test
    void aRequestWithoutAnApplicationUsesDjangosDefaultLimits() {
        StringBuilder query = new StringBuilder("a=1");
        for (int i = 0; i < 1000; i++) {
            query.append("&a=1");
        }
        Request request = Request.builder("GET", "/").query(query.toString()).build();
        BadRequest e = assertThrows(BadRequest.class, request::query);
        assertEquals("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (1000)", e.getMessage());
    }
}
