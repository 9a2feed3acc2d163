package dev.mosaic.contrib.auth;

import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login, logout, guards and password change through the test client, CSRF enforced, on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFlowTest {
    private Client site;

    @BeforeAll
    void start() {
        site = AuthSite.start(AuthSite.settings(AuthSite.h2Url(), List.of(AuthSite.SESSION_MW, AuthSite.CSRF_MW,
                AuthenticationMiddleware.class.getName()), Map.of()));
        User.createUser("alice", "alice@example.com", "wonderland-42");
        User.createUser("bob", "bob@example.com", "builder-42");
        User.createSuperuser("root", "root@example.com", "root-password-42");
        User carol = User.createUser("carol", "carol@example.com", "carol-pass-42");
        carol.isActive = false;
        carol.save();
        Group editors = Group.create("editors",
                Permission.objects.filter("contentType", "blog.post").filter("codename", "add_post").get());
        User.objects.get("username", "bob").addToGroup(editors);
    }

    @AfterAll
    void stop() {
        site.application().close();
    }

    private Client client() {
        return new Client(site.application()).enforceCsrfChecks();
    }

    private TestResponse login(Client c, String username, String password, String next) {
        String token = AuthSite.token(c.get("/accounts/login/").assertStatus(200));
        Map<String, String> form = new HashMap<>(Map.of("csrfmiddlewaretoken", token, "username", username,
                "password", password));
        if (next != null) {
            form.put("next", next);
        }
        return c.post("/accounts/login/", form);
    }

    @Test
    void loginWithTheCsrfTokenCyclesTheSessionAndRotatesTheToken() {
        Client c = client();
        c.get("/visit/").assertStatus(200);
        String sessionBefore = c.cookies().get("sessionid");
        assertNotNull(sessionBefore);
        String page = c.get("/accounts/login/").assertStatus(200).text();
        assertTrue(page.startsWith("registration/login.html"), page);
        String csrfBefore = c.cookies().get("csrftoken");

        TestResponse r = c.post("/accounts/login/", Map.of("csrfmiddlewaretoken", AuthSite.token(c.get("/accounts/login/")),
                "username", "alice", "password", "wonderland-42"));
        r.assertStatus(302);
        assertEquals("/accounts/profile/", r.header("Location"));
        assertNotEquals(sessionBefore, c.cookies().get("sessionid"), "session fixation: the key must change at login");
        assertNotEquals(csrfBefore, c.cookies().get("csrftoken"), "the CSRF secret must be rotated at login");
        assertEquals("user=alice auth=true", c.get("/whoami/").text());
        assertNotNull(User.objects.get("username", "alice").lastLogin);

        // The session as it was before login does not carry the login.
        Client attacker = new Client(site.application()).setCookie("sessionid", sessionBefore);
        assertEquals("user= auth=false", attacker.get("/whoami/").text());
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() {
        Client c = client();
        c.get("/accounts/login/");
        c.post("/accounts/login/", Map.of("username", "alice", "password", "wonderland-42")).assertStatus(403);
        assertEquals("user= auth=false", c.get("/whoami/").text());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswerAndTheUnknownOneRunsTheDummyHash() {
        Client c = client();
        int before = FastHasher.ENCODES.get();
        TestResponse wrong = login(c, "alice", "not-her-password", null).assertStatus(200);
        assertEquals(before, FastHasher.ENCODES.get(), "a wrong password only verifies");
        assertTrue(wrong.text().contains(AuthViews.INVALID_LOGIN), wrong.text());
        TestResponse unknown = login(c, "nobody-here", "whatever", null).assertStatus(200);
        assertEquals(before + 1, FastHasher.ENCODES.get(), "an unknown user must cost one hash, as a real check does");
        assertTrue(unknown.text().contains(AuthViews.INVALID_LOGIN), unknown.text());
        assertEquals("user= auth=false", c.get("/whoami/").text());
    }

    @Test
    void missingFieldsAreRequired() {
        Client c = client();
        String token = AuthSite.token(c.get("/accounts/login/"));
        String text = c.post("/accounts/login/", Map.of("csrfmiddlewaretoken", token, "username", " "))
                .assertStatus(200).text();
        assertTrue(text.contains("username=[This field is required.]") && text.contains("password=[This field is required.]"),
                text);
    }

    @Test
    void inactiveUsersCannotLogIn() {
        Client c = client();
        assertTrue(login(c, "carol", "carol-pass-42", null).assertStatus(200).text().contains(AuthViews.INVALID_LOGIN));
    }

    @Test
    void nextIsFollowedOnlyToSafeTargets() {
        assertEquals("/drafts/?page=2", login(client(), "alice", "wonderland-42", "/drafts/?page=2").header("Location"));
        for (String evil : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                "http:///evil.example", "https://testserver.evil.example/")) {
            TestResponse r = login(client(), "alice", "wonderland-42", evil).assertStatus(302);
            assertEquals("/accounts/profile/", r.header("Location"), "next=" + evil);
        }
        assertEquals("http://testserver/drafts/",
                login(client(), "alice", "wonderland-42", "http://testserver/drafts/").header("Location"));
        // next= from the query string of the login page, as the redirect to login puts it there.
        Client c = client();
        String token = AuthSite.token(c.get("/accounts/login/?next=/drafts/"));
        assertEquals("/drafts/", c.post("/accounts/login/?next=/drafts/", Map.of("csrfmiddlewaretoken", token,
                "username", "alice", "password", "wonderland-42")).header("Location"));
    }

    @Test
    void loginRequiredSendsAnonymousVisitorsToLoginWithNext() {
        Client c = client();
        TestResponse r = c.get("/drafts/?page=2").assertStatus(302);
        assertEquals("/accounts/login/?next=/drafts/%3Fpage%3D2", r.header("Location"));
        login(c, "alice", "wonderland-42", null);
        assertEquals("drafts of alice", c.get("/drafts/").assertStatus(200).text());
    }

    @Test
    void permissionRequiredRedirectsAnonymousAndForbidsUsersWithoutThePermission() {
        assertEquals("/accounts/login/?next=/posts/new/", client().get("/posts/new/").assertStatus(302).header("Location"));
        Client alice = client();
        login(alice, "alice", "wonderland-42", null);
        alice.get("/posts/new/").assertStatus(403);
        Client bob = client();
        login(bob, "bob", "builder-42", null);
        bob.get("/posts/new/").assertStatus(200).assertContains("new post form");
        Client root = client();
        login(root, "root", "root-password-42", null);
        root.get("/posts/new/").assertStatus(200);
    }

    @Test
    void logoutIsPostOnlyAndEndsTheSession() {
        Client c = client();
        login(c, "alice", "wonderland-42", null);
        TestResponse get = c.get("/accounts/logout/").assertStatus(405);
        assertEquals("POST", get.header("Allow"));
        assertEquals("user=alice auth=true", c.get("/whoami/").text());
        String token = AuthSite.token(c.get("/accounts/login/"));
        TestResponse out = c.post("/accounts/logout/", Map.of("csrfmiddlewaretoken", token)).assertStatus(200);
        assertTrue(out.text().startsWith("registration/logged_out.html"), out.text());
        assertEquals("user= auth=false", c.get("/whoami/").text());
        assertNull(c.cookies().get("sessionid"));
    }

    @Test
    void changingThePasswordKeepsThisSessionAndLogsOutTheOthers() {
        User.createUser("dave", "dave@example.com", "first-secret-42");
        Client laptop = client();
        Client phone = client();
        login(laptop, "dave", "first-secret-42", null).assertStatus(302);
        login(phone, "dave", "first-secret-42", null).assertStatus(302);
        assertEquals("user=dave auth=true", phone.get("/whoami/").text());

        String token = AuthSite.token(laptop.get("/accounts/password_change/").assertStatus(200));
        String mismatch = laptop.post("/accounts/password_change/", Map.of("csrfmiddlewaretoken", token,
                "old_password", "wrong", "new_password1", "a", "new_password2", "b")).assertStatus(200).text();
        assertTrue(mismatch.contains("Your old password was entered incorrectly. Please enter it again."), mismatch);
        assertTrue(mismatch.contains("The two password fields didn’t match."), mismatch);
        String weak = laptop.post("/accounts/password_change/", Map.of("csrfmiddlewaretoken", token,
                "old_password", "first-secret-42", "new_password1", "12345", "new_password2", "12345")).text();
        assertTrue(weak.contains("This password is too short. It must contain at least 8 characters.")
                && weak.contains("This password is too common.") && weak.contains("This password is entirely numeric."), weak);

        TestResponse done = laptop.post("/accounts/password_change/", Map.of("csrfmiddlewaretoken", token,
                "old_password", "first-secret-42", "new_password1", "second-Secret-77", "new_password2", "second-Secret-77"));
        done.assertStatus(302);
        assertEquals("/accounts/password_change/done/", done.header("Location"));
        laptop.get("/accounts/password_change/done/").assertStatus(200);
        assertEquals("user=dave auth=true", laptop.get("/whoami/").text());
        assertEquals("user= auth=false", phone.get("/whoami/").text());
        assertNotNull(Auth.authenticate("dave", "second-Secret-77"));
        assertNull(Auth.authenticate("dave", "first-secret-42"));
    }

    @Test
    void passwordChangeNeedsALogin() {
        assertEquals("/accounts/login/?next=/accounts/password_change/",
                client().get("/accounts/password_change/").assertStatus(302).header("Location"));
    }

    @Test
    void hasPermFollowsDjangosRules() {
        User bob = User.objects.get("username", "bob");
        assertTrue(bob.hasPerm("blog.add_post"));
        assertFalse(bob.hasPerm("blog.delete_post"));
        User root = User.objects.get("username", "root");
        assertTrue(root.hasPerm("anything.at_all"));
        root.isActive = false;
        assertFalse(root.hasPerm("blog.add_post"), "an inactive superuser has no permissions");
        Permission delete = Permission.objects.filter("contentType", "blog.post").filter("codename", "delete_post").get();
        User alice = User.objects.get("username", "alice");
        alice.grant(delete);
        assertTrue(User.objects.get("username", "alice").hasPerm("blog.delete_post"));
        assertFalse(AnonymousUser.INSTANCE.hasPerm("blog.view_post"));
    }

    @Test
    void permissionsExistForEveryInstalledModelAndSyncIsIdempotent() {
        assertEquals(0, PermissionSync.run(site.application().apps()));
        assertEquals(List.of("add_user", "change_user", "delete_user", "view_user"), Permission.objects
                .filter("contentType", "auth.user").orderBy("codename").valuesList(String.class, "codename"));
        assertEquals("Can view comment", Permission.objects.filter("contentType", "blog.comment")
                .filter("codename", "view_comment").get().name);
        assertEquals(8 * 4, Permission.objects.count());   // auth: 3 models; the test blog: 5
    }

    @Test
    void aPbkdf2HashWithFewerIterationsIsUpgradedAtLogin() {
        User eve = User.createUser("eve", "", "x");
        String old = "pbkdf2_sha256$260000$salt$HXf1hBBYGoRRIz6aB9fGwkZkh6ObuC7oF/5rmHNBVFE=";  // "lètmein", Django 4.0's count
        User.objects.filter("id", eve.id).update("password", old);
        login(client(), "eve", "lètmein", null).assertStatus(302);
        String now = User.objects.get("username", "eve").password;
        assertTrue(now.startsWith("pbkdf2_sha256$1000$"), now);
    }
}
