package dev.mosaic.test;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientRedirectTest {
    private final Client client = Client.of(EchoUrls.settings());

    @Test
    void withoutFollowTheRedirectItselfIsReturned() {
        TestResponse r = client.get("/redirect/2/");
        assertEquals(302, r.status());
        assertEquals("/redirect/1/", r.header("Location"));
        assertEquals(List.of(), r.redirectChain());
    }

    @Test
    void followRecordsEachHopAndReturnsTheLastResponse() {
        TestResponse r = client.request("GET", "/redirect/2/").follow().send();
        assertEquals("arrived", r.text());
        assertEquals(List.of(new TestResponse.Redirect("/redirect/1/", 302), new TestResponse.Redirect("/redirect/0/", 302)),
                r.redirectChain());
        assertEquals("countdown", r.match().urlName());
    }

    @Test
    void aRelativeLocationResolvesAgainstTheCurrentPath() {
        TestResponse r = client.request("GET", "/relative/").follow().send();
        assertEquals(List.of(new TestResponse.Redirect("/relative/echo/?from=relative", 302)), r.redirectChain());
        assertEquals(404, r.status());
    }

    @Test
    void aPostRedirectedWith303BecomesAGetWithoutBody() {
        TestResponse r = client.request("POST", "/see-other/").json(List.of(1)).follow().send();
        assertEquals("GET /echo/ query=null type= cookies={} x=null body=", r.text());
    }

    @Test
    void a307KeepsTheMethodAndTheBody() {
        TestResponse r = client.request("POST", "/temporary/").header("X-Test", "kept").json(List.of(1)).follow().send();
        assertEquals("POST /echo/ query=null type=application/json cookies={} x=kept body=[1]", r.text());
    }

    @Test
    void aRedirectLoopStopsAfterTwentyHops() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.request("GET", "/loop/").follow().send());
        assertTrue(e.getMessage().startsWith("More than 20 redirects starting at GET /loop/ (a redirect loop?): "),
                e.getMessage());
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.request("GET", "/away/").follow().send());
        assertEquals("Cannot follow the redirect to 'https://example.org/': it leaves the application (host"
                + " example.org). The test client follows only paths of the same app; send the request without"
                + " follow() and assert on the Location header.", e.getMessage());
    }

    @Test
    void anAbsoluteUrlOnTheTestServerIsFollowed() {
        assertEquals("/echo/?a=1", Client.sameAppTarget("http://testserver/echo/?a=1", "/x/"));
    }

    @Test
    void underAContextPathRequestsCarryItAndFollowTakesItOff() {
        Client shop = Client.of(EchoUrls.settings(), "/shop");
        TestResponse one = shop.get("/redirect/1/");
        assertEquals("/shop/redirect/0/", one.header("Location"), "reverse() includes the context path");
        assertEquals("/shop", one.request().contextPath());
        TestResponse r = shop.request("GET", "/redirect/2/").follow().send();
        assertEquals("arrived", r.text());
        assertEquals(List.of(new TestResponse.Redirect("/redirect/1/", 302), new TestResponse.Redirect("/redirect/0/", 302)),
                r.redirectChain());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> shop.request("GET", "/loop/").follow().send());
        assertEquals("Cannot follow the redirect to '/loop/': it leaves the application, which is mounted at /shop."
                + " Send the request without follow() and assert on the Location header.", e.getMessage());
    }
}
