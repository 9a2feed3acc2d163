package dev.mosaic.test;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientCookieTest {
    private final Client client = Client.of(EchoUrls.settings());

    @Test
    void aCookieSetByOneResponseIsSentWithTheNextRequest() {
        TestResponse set = client.get("/cookies/set/");
        assertEquals("mint", set.cookie("flavour").value());
        assertTrue(client.get("/echo/").text().contains("cookies={flavour=mint}"));
        assertEquals(Map.of("flavour", "mint"), client.cookies());
    }

    @Test
    void maxAgeZeroDeletesTheCookie() {
        client.get("/cookies/set/");
        client.get("/cookies/delete/");
        assertTrue(client.get("/echo/").text().contains("cookies={}"));
        assertEquals(Map.of(), client.cookies());
    }

    @Test
    void aCookieIsSentOnlyUnderItsPath() {
        client.get("/cookies/scoped/");
        assertTrue(client.get("/echo/").text().contains("cookies={}"));
        assertTrue(client.get("/shop/cart/").text().contains("cookies={cart=3}"));
    }

    @Test
    void deletionHonoursThePathTheCookieWasSetFor() {
        client.get("/cookies/scoped/");
        client.get("/cookies/delete/"); // deletes "flavour" at "/", not "cart" at "/shop/"
        assertTrue(client.get("/shop/cart/").text().contains("cookies={cart=3}"));
        client.get("/cookies/expire-scoped/");
        assertTrue(client.get("/shop/cart/").text().contains("cookies={}"));
    }

    @Test
    void aSetCookieHeaderWrittenByHandIsKeptToo() {
        client.get("/cookies/raw/");
        assertTrue(client.get("/echo/").text().contains("cookies={}"));
        assertEquals(Map.of("raw", "1"), client.cookies());
    }

    @Test
    void setCookieAndClearCookiesActLikeABrowser() {
        client.setCookie("lang", "fr");
        assertTrue(client.get("/echo/").text().contains("cookies={lang=fr}"));
        client.clearCookies();
        assertTrue(client.get("/echo/").text().contains("cookies={}"));
        assertThrows(IllegalArgumentException.class, () -> client.setCookie("lang", "a;b"));
    }

    @Test
    void pathMatchingFollowsRfc6265() {
        assertTrue(CookieJar.pathMatches("/shop/", "/shop/"));
        assertTrue(CookieJar.pathMatches("/shop/cart", "/shop"));
        assertTrue(CookieJar.pathMatches("/shop/cart", "/shop/"));
        assertTrue(!CookieJar.pathMatches("/shopping", "/shop"));
        assertEquals("/cookies/raw", CookieJar.defaultPath("/cookies/raw/x"));
        assertEquals("/", CookieJar.defaultPath("/echo"));
    }

    @Test
    void longerPathsAreSentFirst() {
        CookieJar jar = new CookieJar();
        jar.receive("a=1; Path=/", "/");
        jar.receive("b=2; Path=/shop/", "/");
        jar.receive("c=3; Expires=Thu, 01 Jan 1970 00:00:00 GMT", "/");
        assertEquals("b=2; a=1", jar.header("/shop/cart/"));
    }
}
