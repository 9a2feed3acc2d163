package dev.mosaic.test;

import dev.mosaic.http.Request;
import dev.mosaic.urls.Resolver404;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestFactoryTest {
    private final RequestFactory factory = RequestFactory.of(EchoUrls.settings());

    @Test
    void aBuiltRequestHasTheApplicationButNoMatchUntilResolved() throws Exception {
        Request request = factory.get("/items/5/?sort=name");
        assertEquals("/items/5/", request.path());
        assertEquals("name", request.query().get("sort"));
        assertEquals("/items/6/", request.reverse("item", 6));
        assertNull(request.match());

        factory.resolve(request);
        assertEquals("item 5", new String(new EchoUrls.Item().dispatch(request).bodyBytes()));
    }

    @Test
    void postCarriesTheFormToTheViewWithoutMiddleware() throws Exception {
        Request request = factory.post("/form/", Map.of("name", "oolong"));
        assertEquals("oolong", request.form().get("name"));
        assertEquals("POST /form/ query=null type=application/x-www-form-urlencoded cookies={} x=null body=name=oolong",
                new String(EchoUrls.echo(request).bodyBytes()));
    }

    @Test
    void resolvingAnUnknownPathIsAResolver404() {
        assertThrows(Resolver404.class, () -> factory.resolve(factory.get("/nowhere/")));
    }

    @Test
    void aFactoryRequestCannotBeSent() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> factory.request("GET", "/echo/").send());
        assertEquals("This request comes from a RequestFactory, which has no client to send it: call build() and"
                + " pass the Request to the view, or use a Client to send it.", e.getMessage());
    }
}
