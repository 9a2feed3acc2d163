package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import static com.example.accounts.Members.member;
import static dev.mosaic.orm.test.Queries.assertNumQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The public pages: {@code u/<username>/} (a generic DetailView) and {@code members/} (a paginated ListView). */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest
class MemberPagesTest {
    @Test
    void aMembersPageShowsTheirProfileToAnyone(Client client) {
        Profile ann = member("ann");
        ann.displayName = "Ann <Example>";
        ann.bio = "First.\n\nSecond <b>bold</b>.";
        ann.website = "https://ann.example.com/";
        ann.location = "Lisbon";
        TestResponse r = client.get("/accounts/u/ann/").assertStatus(200);
        assertEquals("accounts/profile_detail.html", r.templateName());
        assertEquals("accounts:member", r.match().viewName());
        r.assertContains("<h1>Ann &lt;Example&gt;</h1>").assertContains("<span>@ann</span>")
                .assertContains("<p>Second &lt;b&gt;bold&lt;/b&gt;.</p>")
                .assertContains("<a class=\"website\" href=\"https://ann.example.com/\" rel=\"nofollow ugc\">")
                .assertContains("<span class=\"location\">Lisbon</span>");
        assertFalse(r.text().contains("Edit your profile"), "a visitor gets no edit link");
        assertFalse(r.text().contains("ann@example.com"), "the email stays private");
    }

    @Test
    void unknownAndInactiveUsersAre404(Client client) {
        client.get("/accounts/u/nobody/").assertStatus(404);
        Profile gone = member("gone");
        gone.user.isActive = false;
        client.get("/accounts/u/gone/").assertStatus(404);
        client.get("/accounts/u/GONE/").assertStatus(404);
    }

    @Test
    void aUserWithoutAProfileIsShownAnEmptyOneAndNothingIsWritten(Client client) {
        User.createUser("dora", "", null);
        client.get("/accounts/u/dora/").assertStatus(200).assertContains("<h1>dora</h1>")
                .assertContains("dora has not written anything about themselves yet.");
        assertFalse(Profile.objects.exists(), "a visitor's GET saves nothing");
    }

    @Test
    void theMembersListIsPaginatedByUsernameAndLeavesInactiveUsersOut(Client client) {
        for (int i = 0; i < AccountsUrls.MEMBERS_PER_PAGE + 3; i++) {
            member(String.format("m%02d", i));
        }
        member("zed").user.isActive = false;
        TestResponse first = client.get("/accounts/members/").assertStatus(200);
        first.assertContains("Page 1 of 2").assertContains("<a href=\"/accounts/u/m00/\">m00</a>")
                .assertContains("<a href=\"?page=2\">Next &rarr;</a>");
        assertFalse(first.text().contains("/accounts/u/m20/"));
        TestResponse second = client.get("/accounts/members/?page=2").assertStatus(200);
        second.assertContains("/accounts/u/m22/");
        assertFalse(second.text().contains("/accounts/u/zed/"), "inactive users are not listed");
        client.get("/accounts/members/?page=3").assertStatus(404);
        client.get("/accounts/members/?page=x").assertStatus(404);
    }

    @Test
    void theMembersListLoadsItsUsersInTheSameQuery(Client client) {
        for (int i = 0; i < 12; i++) {
            member("m" + i);
        }
        Db.session().flush();
        Db.session().clear();                // no user already loaded to hide a query per member
        assertNumQueries(2, () -> client.get("/accounts/members/").assertStatus(200).assertContains("/accounts/u/m11/"));
    }
}
