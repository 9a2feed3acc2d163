package com.example.accounts;

import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.example.accounts.Members.logIn;
import static com.example.accounts.Members.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /accounts/profile/edit/}: the generic UpdateView over the member's own profile. */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest
class ProfileEditTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]+)\"");

    private static Map<String, String> profile(String displayName, String bio, String website, String location) {
        return Map.of("displayName", displayName, "bio", bio, "website", website, "location", location);
    }

    @Test
    void anAnonymousVisitorIsSentToLogInFirst(Client client) {
        TestResponse get = client.get("/accounts/profile/edit/").assertStatus(302);
        assertEquals("/accounts/login/?next=/accounts/profile/edit/", get.header("Location"));
        client.post("/accounts/profile/edit/", profile("Mallory", "", "", "")).assertStatus(302);
        assertFalse(Profile.objects.filter("displayName", "Mallory").exists());
    }

    @Test
    void theFormShowsTheMembersValuesAndSavingRedirectsWithAMessage(Client client) {
        Profile ann = member("ann");
        logIn(client, "ann");
        client.get("/accounts/profile/edit/").assertStatus(200)
                .assertContains("<title>Edit your profile · Tiny accounts</title>")
                .assertContains("name=\"displayName\"").assertContains("<textarea")
                .assertContains("type=\"url\"").assertContains("How your name appears on the site.");
        TestResponse r = client.post("/accounts/profile/edit/", profile("Ann Example", "I write.\n\nAnd I test.",
                "https://ann.example.com/", "Lisbon")).assertStatus(302);
        assertEquals("/accounts/profile/", r.header("Location"));
        client.get("/accounts/profile/").assertStatus(200)
                .assertContains("<p class=\"message\">Your profile is saved.</p>")
                .assertContains("Hello, Ann Example").assertContains("<p>And I test.</p>").assertContains("Lisbon")
                .assertContains("<a href=\"https://ann.example.com/\" rel=\"nofollow ugc\">https://ann.example.com/</a>");
        Profile saved = Profile.objects.get("user__username", "ann");
        assertEquals("Ann Example", saved.displayName);
        assertEquals(ann.id, saved.id);
        assertFalse(saved.updated.isBefore(saved.created));
        client.get("/accounts/profile/edit/").assertContains("value=\"Ann Example\"").assertContains("And I test.</textarea>");
    }

    @Test
    void invalidValuesAre400WithTheirMessagesAndChangeNothing(Client client) {
        member("ann");
        logIn(client, "ann");
        TestResponse r = client.post("/accounts/profile/edit/", profile("A".repeat(81), "b".repeat(501),
                "not a url", "Lisbon")).assertStatus(400);
        r.assertContains("Ensure this value has at most 80 characters (it has 81).")
                .assertContains("Ensure this value has at most 500 characters (it has 501).")
                .assertContains("Enter a valid URL starting with http:// or https://.")
                .assertContains("value=\"Lisbon\"");
        for (String website : new String[] {"javascript:alert(1)", "ftp://files.example.com/", "file:///etc/passwd"}) {
            client.post("/accounts/profile/edit/", profile("", "", website, "")).assertStatus(400)
                    .assertContains("Enter a valid URL starting with http:// or https://.");
        }
        Profile unchanged = Profile.objects.get("user__username", "ann");
        assertEquals("", unchanged.location);
        assertEquals("", unchanged.website);
        assertFalse(r.text().contains("Your profile is saved."));
    }

    @Test
    void aMemberCanOnlyEverEditTheirOwnProfile(Client client) {
        Profile ann = member("ann");
        Profile bob = member("bob");
        logIn(client, "bob");
        Map<String, String> forged = new HashMap<>(profile("Bob", "", "", "Oslo"));
        forged.put("id", String.valueOf(ann.id));                // fields the form does not have are ignored
        forged.put("user", String.valueOf(ann.user.id));
        client.post("/accounts/profile/edit/", forged).assertStatus(302);
        Profile annAfter = Profile.objects.get("user__username", "ann");
        Profile bobAfter = Profile.objects.get("user__username", "bob");
        assertEquals("", annAfter.displayName);
        assertEquals("", annAfter.location);
        assertEquals("Bob", bobAfter.displayName);
        assertEquals(bob.id, bobAfter.id);
        assertEquals("bob", bobAfter.getUsername());
        // Ann's public page offers Bob no edit link; his own does.
        assertFalse(client.get("/accounts/u/ann/").text().contains("Edit your profile"));
        client.get("/accounts/u/bob/").assertContains("Edit your profile");
    }

    @Test
    void aMemberWithoutAProfileGetsOneWhenEditing(Client client) {
        dev.mosaic.contrib.auth.User.createUser("carol", "", Members.PASSWORD);
        logIn(client, "carol");
        client.get("/accounts/profile/edit/").assertStatus(200);
        client.post("/accounts/profile/edit/", profile("Carol", "", "", "")).assertStatus(302);
        assertEquals("Carol", Profile.objects.get("user__username", "carol").displayName);
        assertEquals(1, Profile.objects.count());
    }

    @Test
    void theEditFormIsProtectedAgainstCsrf(Client client) {
        member("ann");
        Client browser = client.enforceCsrfChecks();
        String loginToken = token(browser.get("/accounts/login/"));
        browser.post("/accounts/login/", Map.of("csrfmiddlewaretoken", loginToken, "username", "ann",
                "password", Members.PASSWORD)).assertStatus(302);

        String token = token(browser.get("/accounts/profile/edit/").assertStatus(200));
        browser.post("/accounts/profile/edit/", profile("Forged", "", "", "")).assertStatus(403)
                .assertContains("CSRF token missing.");
        TestResponse crossSite = browser.request("POST", "/accounts/profile/edit/").header("Origin", "https://evil.example")
                .form(withToken(profile("Forged", "", "", ""), token)).send();
        assertEquals(403, crossSite.status());
        assertEquals("", Profile.objects.get("user__username", "ann").displayName);

        browser.post("/accounts/profile/edit/", withToken(profile("Ann", "", "", ""), token)).assertStatus(302);
        assertEquals("Ann", Profile.objects.get("user__username", "ann").displayName);
    }

    private static String token(TestResponse page) {
        Matcher m = TOKEN.matcher(page.text());
        assertTrue(m.find(), "the form carries the CSRF token");
        return m.group(1);
    }

    private static Map<String, String> withToken(Map<String, String> form, String token) {
        Map<String, String> out = new HashMap<>(form);
        out.put("csrfmiddlewaretoken", token);
        return out;
    }
}
