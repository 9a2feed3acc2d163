package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up and the member's own page in a small project with contrib.auth (src/test/resources/tiny). */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest
class AccountsTest {
    private static Map<String, String> signup(String username, String p1, String p2) {
        return Map.of("username", username, "email", username + "@example.com", "password1", p1, "password2", p2);
    }

    @Test
    void theSignupFormListsThePasswordRules(Client client) {
        client.get("/accounts/signup/").assertStatus(200)
                .assertContains("name=\"password1\"").assertContains("type=\"password\"")
                .assertContains("Your password must contain at least 8 characters.");
    }

    @Test
    void eachPasswordValidatorSpeaks(Client client) {
        client.post("/accounts/signup/", signup("ann", "short", "short")).assertStatus(400)
                .assertContains("This password is too short. It must contain at least 8 characters.");
        client.post("/accounts/signup/", signup("ann", "password", "password")).assertStatus(400)
                .assertContains("This password is too common.");
        client.post("/accounts/signup/", signup("ann", "83920174625", "83920174625")).assertStatus(400)
                .assertContains("This password is entirely numeric.");
        client.post("/accounts/signup/", signup("annabelle", "annabelle1", "annabelle1")).assertStatus(400)
                .assertContains("The password is too similar to the username.");
        assertFalse(User.objects.exists());
        assertFalse(Profile.objects.exists());
    }

    @Test
    void badUsernamesAndMismatchesAreRefused(Client client) {
        client.post("/accounts/signup/", signup("a b", "Long-enough-pass-1", "Long-enough-pass-1")).assertStatus(400)
                .assertContains("Enter a valid username.");
        client.post("/accounts/signup/", signup("ann", "Long-enough-pass-1", "Long-enough-pass-2")).assertStatus(400)
                .assertContains("The two password fields didn’t match.");
        User.createUser("Ann", "", "x");
        client.post("/accounts/signup/", signup("ann", "Long-enough-pass-1", "Long-enough-pass-1")).assertStatus(400)
                .assertContains("A user with that username already exists.");
    }

    @Test
    void aSignupLogsInAndTheProfileNeedsALogin(Client client) {
        client.get("/accounts/profile/").assertStatus(302);
        TestResponse r = client.post("/accounts/signup/", signup("ann", "Long-enough-pass-1", "Long-enough-pass-1"));
        r.assertStatus(302);
        assertEquals("/accounts/profile/", r.header("Location"));
        client.get("/accounts/profile/").assertStatus(200).assertContains("Hello, ann").assertContains("ann@example.com")
                .assertContains("Member");
        User ann = User.objects.get("username", "ann");
        assertTrue(ann.checkPassword("Long-enough-pass-1"));
        assertFalse(ann.isStaff());
        client.get("/accounts/signup/").assertStatus(302);     // logged in: straight to the profile
    }

    @Test
    void aSignupCreatesTheMembersProfileWithTheUser(Client client) {
        client.post("/accounts/signup/", signup("ann", "Long-enough-pass-1", "Long-enough-pass-1")).assertStatus(302);
        Profile profile = Profile.objects.get("user__username", "ann");
        assertEquals("", profile.displayName);
        assertTrue(profile.isEmpty());
        assertNotNull(profile.created);
        assertEquals(1, Profile.objects.count());
        client.get("/accounts/profile/").assertStatus(200)
                .assertContains("You have not told other members anything about yourself yet.")
                .assertContains("<a class=\"button\" href=\"/accounts/profile/edit/\">Edit your profile</a>")
                .assertContains("<a href=\"/accounts/u/ann/\">See your public page</a>");
    }

    @Test
    void aUserMadeWithoutSignupGetsAProfileOnTheirFirstVisit(Client client) {
        User.createSuperuser("root", "root@example.com", "Long-enough-pass-1");
        assertFalse(Profile.objects.exists());
        client.post("/accounts/login/", Map.of("username", "root", "password", "Long-enough-pass-1")).assertStatus(302);
        client.get("/accounts/profile/").assertStatus(200).assertContains("Hello, root").assertContains("Administrator");
        client.get("/accounts/profile/").assertStatus(200);
        assertEquals(1, Profile.objects.filter("user__username", "root").count(), "made once, then found");
    }
}
