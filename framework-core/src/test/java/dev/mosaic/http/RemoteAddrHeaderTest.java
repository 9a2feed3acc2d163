package dev.mosaic.http;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.test.Client;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REMOTE_ADDR_HEADER: the client's address from the proxy's header, trusted only when configured. */
class RemoteAddrHeaderTest {
    public static final class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(path("who/", r -> Response.text(r.remoteAddr()), "who"));
        }
    }

    private static Client client(Map<String, Object> extra) {
        Map<String, Object> s = new HashMap<>(Map.of("ROOT_URLCONF", Urls.class.getName(),
                "ALLOWED_HOSTS", List.of("testserver"), "SECRET_KEY", dev.mosaic.TestKeys.SECRET_KEY));
        s.putAll(extra);
        return new Client(Application.start(Settings.of(s)));
    }

    /** What arrives from Nginx on 127.0.0.1 with the given header lines. */
    private static String who(Client c, String header, String... values) {
        var request = c.request("GET", "/who/").remoteAddr("127.0.0.1");
        for (String v : values) {
            request.header(header, v);
        }
        return request.send().text();
    }

    @Test
    void withoutTheSettingTheAddressIsTheConnectionsWhateverTheClientSends() {
        Client c = client(Map.of());
        assertEquals("127.0.0.1", who(c, "X-Real-IP", "203.0.113.7"));
        assertEquals("127.0.0.1", who(c, "X-Forwarded-For", "203.0.113.7"));
        assertEquals("198.51.100.4", c.request("GET", "/who/").remoteAddr("198.51.100.4").send().text());
    }

    @Test
    void xRealIpGivesTheClientsAddressIpv4OrIpv6() {
        Client c = client(Map.of("REMOTE_ADDR_HEADER", "X-Real-IP"));
        assertEquals("203.0.113.7", who(c, "X-Real-IP", "203.0.113.7"));
        assertEquals("2001:db8::17", who(c, "x-real-ip", " 2001:db8::17 "), "any case of the name, trimmed");
        assertEquals("::ffff:192.0.2.1", who(c, "X-Real-IP", "::ffff:192.0.2.1"));
        assertEquals("127.0.0.1", who(c, "X-Forwarded-For", "203.0.113.7"), "another header is not read");
        assertEquals("127.0.0.1", c.request("GET", "/who/").send().text(), "no header: the connection's");
    }

    @Test
    void xForwardedForGivesItsRightmostEntryTheOneTheProxyAppended() {
        Client c = client(Map.of("REMOTE_ADDR_HEADER", "X-Forwarded-For"));
        // A client that sends "X-Forwarded-For: 10.0.0.1" arrives, through $proxy_add_x_forwarded_for,
        // as "10.0.0.1, <its real address>": only the last entry is the proxy's word.
        assertEquals("203.0.113.7", who(c, "X-Forwarded-For", "10.0.0.1, 203.0.113.7"));
        assertEquals("203.0.113.7", who(c, "X-Forwarded-For", "10.0.0.1,203.0.113.7"));
        assertEquals("203.0.113.7", who(c, "X-Forwarded-For", "10.0.0.1", "203.0.113.7"), "the last of two lines");
    }

    @Test
    void aValueThatIsNoIpAddressFallsBackToTheConnection() {
        Client c = client(Map.of("REMOTE_ADDR_HEADER", "X-Forwarded-For"));
        for (String bad : List.of("", "unknown", "203.0.113.7:5555", "[2001:db8::1]", "fe80::1%eth0", "256.1.1.1",
                "01.2.3.4", "1.2.3", "example.com", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "203.0.113.7, ",
                "for=203.0.113.7", "1.2.3.4 5.6.7.8")) {
            assertEquals("127.0.0.1", who(c, "X-Forwarded-For", bad), bad);
        }
    }

    @Test
    void theSettingMustNameAHeaderAsAProxySendsIt() {
        ImproperlyConfigured meta = assertThrows(ImproperlyConfigured.class,
                () -> client(Map.of("REMOTE_ADDR_HEADER", "HTTP_X_REAL_IP")));
        assertTrue(meta.getMessage().startsWith("Setting REMOTE_ADDR_HEADER (from Settings.of) names the header"
                + " 'HTTP_X_REAL_IP', which is not an HTTP header name"), meta.getMessage());
        assertTrue(meta.getMessage().endsWith("Fix: REMOTE_ADDR_HEADER: X-Real-Ip."), meta.getMessage());
        ImproperlyConfigured spaced = assertThrows(ImproperlyConfigured.class,
                () -> client(Map.of("REMOTE_ADDR_HEADER", "X Real IP")));
        assertTrue(spaced.getMessage().endsWith("Fix: REMOTE_ADDR_HEADER: X-Real-IP."), spaced.getMessage());
        ImproperlyConfigured forwarded = assertThrows(ImproperlyConfigured.class,
                () -> client(Map.of("REMOTE_ADDR_HEADER", "Forwarded")));
        assertTrue(forwarded.getMessage().contains("'for=...;proto=...' pairs"), forwarded.getMessage());
    }

    @Test
    void theAddressIsWorkedOutOnceAndAgainForAnotherApplication() {
        Application plain = client(Map.of()).application();
        Application proxied = client(Map.of("REMOTE_ADDR_HEADER", "X-Real-IP")).application();
        Request r = Request.builder("GET", "/who/").remoteAddr("127.0.0.1").header("X-Real-IP", "203.0.113.7").build();
        assertEquals("127.0.0.1", r.remoteAddr(), "outside an application no header is trusted");
        r.setApp(proxied);
        assertEquals("203.0.113.7", r.remoteAddr());
        r.setApp(plain);
        assertEquals("127.0.0.1", r.remoteAddr());
    }
}
