package dev.mosaic.contrib.auth;

import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * The login throttle behind Nginx: every request comes from the proxy's address, and
 * REMOTE_ADDR_HEADER (X-Real-IP) says which client is behind it. Each test starts its own site.
 */
class ThrottleBehindAProxyTest {
    private static Client site(Map<String, Object> extra) {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("LOGIN_THROTTLE_ADDRESS_FAILURES", 4,
                "LOGIN_THROTTLE_WINDOW", 600));
        settings.putAll(extra);
        return AuthSite.start(AuthSite.settings(AuthSite.h2Url(), List.of(AuthSite.SESSION_MW,
                AuthenticationMiddleware.class.getName()), settings));
    }

    @Test
    void behindAProxyWithRemoteAddrHeaderEachClientHasItsOwnAddressCount() {
        Client proxied = site(Map.of("REMOTE_ADDR_HEADER", "X-Real-IP"));
        try {
            User.createUser("heidi", "", "heidi-pass-42");
            // Every request comes from Nginx on 127.0.0.1; X-Real-IP says who is behind it.
            for (int i = 0; i < 4; i++) {
                viaNginx(proxied, "203.0.113.7", "guess" + i, "x").assertStatus(200);
            }
            viaNginx(proxied, "203.0.113.7", "heidi", "heidi-pass-42").assertStatus(429);
            viaNginx(proxied, "203.0.113.8", "heidi", "heidi-pass-42").assertStatus(302);
        } finally {
            proxied.application().close();
        }
    }

    @Test
    void behindAProxyWithoutRemoteAddrHeaderOneGuesserLocksEveryoneOut() {
        Client proxied = site(Map.of());
        try {
            User.createUser("ivan", "", "ivan-pass-42");
            for (int i = 0; i < 4; i++) {
                viaNginx(proxied, "203.0.113.7", "guess" + i, "x").assertStatus(200);
            }
            viaNginx(proxied, "203.0.113.8", "ivan", "ivan-pass-42").assertStatus(429);
        } finally {
            proxied.application().close();
        }
    }

    private static TestResponse viaNginx(Client site, String client, String username, String password) {
        return new Client(site.application()).request("POST", "/accounts/login/").remoteAddr("127.0.0.1")
                .header("X-Real-IP", client).form(Map.of("username", username, "password", password)).send();
    }
}
