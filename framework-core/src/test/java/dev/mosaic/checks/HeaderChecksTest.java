package dev.mosaic.checks;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderChecksTest {
    static final String SECURITY = "dev.mosaic.middleware.SecurityMiddleware";
    static final String XFRAME = "dev.mosaic.middleware.XFrameOptionsMiddleware";

    /** What a production project sets so that the header checks pass. */
    static final Map<String, Object> SECURE_HEADERS = Map.of(
            "MIDDLEWARE", List.of(SECURITY, "dev.mosaic.middleware.CsrfMiddleware", XFRAME),
            "CSRF_COOKIE_SECURE", true,
            "SECURE_HSTS_SECONDS", 31_536_000,
            "SECURE_HSTS_INCLUDE_SUBDOMAINS", true,
            "SECURE_HSTS_PRELOAD", true,
            "SECURE_SSL_REDIRECT", true);

    private static final String SAFE_KEY = "k3Jd9!xQ-2mZ7pL0vR8sT1wY4bN6cH5gF9aE2dS0uI3oP7lK8j";

    private static List<CheckMessage> deployFindings(Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>(Map.of("SECRET_KEY", SAFE_KEY, "ALLOWED_HOSTS", List.of("example.com")));
        v.putAll(SECURE_HEADERS);
        v.putAll(overrides);
        return Checks.run(Application.start(Settings.of(v)), true);
    }

    private static List<String> ids(Map<String, Object> overrides) {
        return deployFindings(overrides).stream().map(CheckMessage::id).toList();
    }

    @Test
    void aProductionConfigurationPasses() {
        assertEquals(List.of(), ids(Map.of()));
    }

    @Test
    void withoutTheMiddlewareW001AndW002AndNoSettingChecks() {
        List<CheckMessage> found = deployFindings(Map.of("MIDDLEWARE", List.of(), "SECURE_HSTS_SECONDS", 0,
                "X_FRAME_OPTIONS", "SAMEORIGIN"));
        assertEquals(List.of("security.W001", "security.W002", "security.W003"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().startsWith("You do not have 'dev.mosaic.middleware.SecurityMiddleware' in"
                + " your MIDDLEWARE so the SECURE_HSTS_SECONDS,"), found.get(0).message());
        assertEquals("Add dev.mosaic.middleware.SecurityMiddleware as the first entry of MIDDLEWARE.",
                found.get(0).hint());
        assertTrue(found.get(1).message().contains("'x-frame-options' header"), found.get(1).message());
    }

    @Test
    void hstsUnsetIsW004Only() {
        List<CheckMessage> found = deployFindings(Map.of("SECURE_HSTS_SECONDS", 0,
                "SECURE_HSTS_INCLUDE_SUBDOMAINS", false, "SECURE_HSTS_PRELOAD", false));
        assertEquals(List.of("security.W004"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().startsWith("You have not set a value for the SECURE_HSTS_SECONDS setting."));
    }

    @Test
    void hstsWithoutSubdomainsOrPreloadIsW005AndW021() {
        assertEquals(List.of("security.W005", "security.W021"),
                ids(Map.of("SECURE_HSTS_INCLUDE_SUBDOMAINS", false, "SECURE_HSTS_PRELOAD", false)));
        assertEquals(List.of("security.W021"), ids(Map.of("SECURE_HSTS_PRELOAD", false)));
    }

    @Test
    void nosniffOffIsW006() {
        List<CheckMessage> found = deployFindings(Map.of("SECURE_CONTENT_TYPE_NOSNIFF", false));
        assertEquals(List.of("security.W006"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().contains("'X-Content-Type-Options: nosniff'"));
    }

    @Test
    void noSslRedirectIsW008WithAHintForNginxAndTheProxyHeader() {
        List<CheckMessage> found = deployFindings(Map.of("SECURE_SSL_REDIRECT", false));
        assertEquals(List.of("security.W008"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().startsWith("Your SECURE_SSL_REDIRECT setting is not set to true."));
        assertTrue(found.get(0).hint().contains("Nginx"), found.get(0).hint());
        assertTrue(found.get(0).hint().contains("SECURE_PROXY_SSL_HEADER"), found.get(0).hint());
    }

    @Test
    void behindAProxyWithoutRemoteAddrHeaderIsMosaicW001() {
        List<CheckMessage> found = deployFindings(Map.of("SECURE_PROXY_SSL_HEADER", List.of("X-Forwarded-Proto", "https")));
        assertEquals(List.of("mosaic.W001"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().contains("request.remoteAddr() is the proxy's address for every visitor"),
                found.get(0).message());
        assertTrue(found.get(0).hint().startsWith("Set REMOTE_ADDR_HEADER: X-Real-IP and add proxy_set_header X-Real-IP"
                + " $remote_addr;"), found.get(0).hint());
        assertTrue(found.get(0).hint().contains("RemoteIpValve"), found.get(0).hint());
        assertEquals(List.of(), ids(Map.of("SECURE_PROXY_SSL_HEADER", List.of("X-Forwarded-Proto", "https"),
                "REMOTE_ADDR_HEADER", "X-Real-IP")));
    }

    @Test
    void frameOptionsOtherThanDenyIsW019() {
        assertEquals(List.of("security.W019"), ids(Map.of("X_FRAME_OPTIONS", "SAMEORIGIN")));
        assertEquals(List.of(), ids(Map.of("X_FRAME_OPTIONS", "deny")));
    }

    @Test
    void noReferrerPolicyIsW022() {
        List<CheckMessage> found = deployFindings(Map.of("SECURE_REFERRER_POLICY", List.of()));
        assertEquals(List.of("security.W022"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().startsWith("You have not set the SECURE_REFERRER_POLICY setting."));
    }

    @Test
    void eachWeakFallbackKeyIsAW025NamingItsIndex() {
        List<CheckMessage> found = deployFindings(Map.of("SECRET_KEY_FALLBACKS",
                List.of("short", SAFE_KEY, "dev-only-insecure-key" + SAFE_KEY)));
        assertEquals(List.of("security.W025", "security.W025"), found.stream().map(CheckMessage::id).toList());
        assertTrue(found.get(0).message().startsWith("Your SECRET_KEY_FALLBACKS[0] has less than 50 characters"));
        assertTrue(found.get(1).message().startsWith("Your SECRET_KEY_FALLBACKS[2] "));
    }

    @Test
    void headerChecksAreDeployOnly() {
        Map<String, Object> v = Map.of("SECRET_KEY", SAFE_KEY);
        assertEquals(List.of(), Checks.run(Application.start(Settings.of(v)), false));
    }
}
