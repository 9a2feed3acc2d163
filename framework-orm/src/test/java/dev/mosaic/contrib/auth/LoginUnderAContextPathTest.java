package dev.mosaic.contrib.auth;

import dev.mosaic.checks.CheckMessage;
import dev.mosaic.checks.Checks;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site deployed as site.war, at /site: LOGIN_URL and the redirect settings as paths of the
 * site (the context path added), as URL names (reversed) and as absolute URLs; next= carries
 * the context path and is accepted back.
 */
class LoginUnderAContextPathTest {
    /** Each test its own site (the ORM's models use the project that started last), with the user dora. */
    private Client site;

    private Client site(Map<String, Object> extra) {
        site = AuthSite.start(AuthSite.settings(AuthSite.h2Url(), List.of(AuthSite.SESSION_MW, AuthSite.CSRF_MW,
                AuthenticationMiddleware.class.getName()), extra), "/site");
        User.createUser("dora", "", "dora-pass-42");
        return site;
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.application().close();
        }
    }

    private static TestResponse login(Client c, String pathAndQuery, String next) {
        String token = AuthSite.token(c.get(pathAndQuery).assertStatus(200));
        Map<String, String> form = new HashMap<>(Map.of("csrfmiddlewaretoken", token, "username", "dora",
                "password", "dora-pass-42"));
        if (next != null) {
            form.put("next", next);
        }
        return c.post(pathAndQuery, form).assertStatus(302);
    }

    @Test
    void theDefaultsAreUnderTheContextPathAndNextCarriesItThere() {
        Client c = site(Map.of()).enforceCsrfChecks();
        TestResponse r = c.get("/drafts/?page=2").assertStatus(302);
        assertEquals("/site/accounts/login/?next=/site/drafts/%3Fpage%3D2", r.header("Location"));
        // The login page, as the redirect leaves it: next in the query string and in the form.
        TestResponse in = login(c, "/accounts/login/?next=/site/drafts/%3Fpage%3D2", "/site/drafts/?page=2");
        assertEquals("/site/drafts/?page=2", in.header("Location"));
        assertEquals("drafts of dora", c.request("GET", "/drafts/?page=2").send().assertStatus(200).text());

        Client plain = new Client(site.application()).enforceCsrfChecks();
        assertEquals("/site/accounts/profile/", login(plain, "/accounts/login/", null).header("Location"),
                "LOGIN_REDIRECT_URL's default path, under the context path");
    }

    @Test
    void theLoginPageFollowsTheRedirectChainToTheProtectedPage() {
        Client c = site(Map.of());
        TestResponse login = c.request("GET", "/drafts/").follow().send().assertStatus(200);
        assertEquals(List.of(new TestResponse.Redirect("/accounts/login/?next=/site/drafts/", 302)), login.redirectChain());
        TestResponse drafts = c.request("POST", "/accounts/login/?next=/site/drafts/")
                .form(Map.of("username", "dora", "password", "dora-pass-42")).follow().send();
        assertEquals("drafts of dora", drafts.text());
    }

    @Test
    void urlNamesAreReversedWithTheContextPath() {
        Client c = site(Map.of("LOGIN_URL", "login", "LOGIN_REDIRECT_URL", "whoami", "LOGOUT_REDIRECT_URL", "open"))
                .enforceCsrfChecks();
        assertEquals("/site/accounts/login/?next=/site/drafts/", c.get("/drafts/").header("Location"));
        assertEquals("/site/whoami/", login(c, "/accounts/login/", null).header("Location"));
        String token = AuthSite.token(c.get("/accounts/login/"));
        assertEquals("/site/open/", c.post("/accounts/logout/", Map.of("csrfmiddlewaretoken", token))
                .assertStatus(302).header("Location"));
    }

    @Test
    void aLoginOnAnotherHostGetsTheAbsoluteUrlAsNext() {
        Client c = site(Map.of("LOGIN_URL", "https://sso.example.com/login?app=site", "LOGOUT_REDIRECT_URL",
                "https://www.example.com/bye/"));
        assertEquals("https://sso.example.com/login?app=site&next=http%3A//testserver/site/drafts/%3Fa%3D1",
                c.get("/drafts/?a=1").header("Location"));
    }

    @Test
    void aNameThatIsNoRouteStopsStartUpAsAuthE001() {
        Client c = site(Map.of("LOGIN_URL", "accounts:login", "LOGIN_REDIRECT_URL", "/accounts/profile/"));
        List<CheckMessage> found = Checks.run(c.application(), false).stream()
                .filter(m -> m.id().startsWith("auth.")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("auth.E001", found.get(0).id());
        assertTrue(found.get(0).message().startsWith("LOGIN_URL (from Settings.of) is 'accounts:login', which is not"
                + " a path (it does not start with '/') and not the name of a URL without arguments: "),
                found.get(0).message());
        assertTrue(found.get(0).hint().contains("LOGIN_URL: /accounts/login/; the context path is added"),
                found.get(0).hint());
    }
}
