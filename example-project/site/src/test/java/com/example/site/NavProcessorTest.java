package com.example.site;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.test.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The navigation {@link NavProcessor} adds to every page: reversed once per application, so it
 * must still follow each application's context path and each visitor's login.
 */
class NavProcessorTest {
    private static final String ROOT_NAV = "<a class=\"brand\" href=\"/\">Mosaic</a><a href=\"/\">Home</a>"
            + "<a href=\"/blog/\">Blog</a><a href=\"/polls/\">Polls</a><a href=\"/api/questions/\">API</a>";
    private static final String SITE_NAV = "<a class=\"brand\" href=\"/site/\">Mosaic</a><a href=\"/site/\">Home</a>"
            + "<a href=\"/site/blog/\">Blog</a><a href=\"/site/polls/\">Polls</a><a href=\"/site/api/questions/\">API</a>";

    private static Application root;
    private static Application underSite;

    @BeforeAll
    static void start() {
        Settings settings = TestSite.settings().with("ALLOWED_HOSTS", List.of("testserver"));
        root = Application.start(settings);
        underSite = Application.start(settings, "/site");
    }

    @AfterAll
    static void stop() {
        root.close();
        underSite.close();
    }

    @Test
    void twoApplicationsInOneJvmEachLinkUnderTheirOwnContextPath() {
        Client atRoot = new Client(root);
        Client atSite = new Client(underSite);
        for (int i = 0; i < 2; i++) { // the second round renders with the links already reversed
            atRoot.get("/about/").assertStatus(200).assertContains(ROOT_NAV).assertContains("<a href=\"/about/\">About</a>")
                    .assertContains("<a href=\"/accounts/login/\">Log in</a><a href=\"/accounts/signup/\">Sign up</a>");
            atSite.get("/polls/").assertStatus(200).assertContains(SITE_NAV).assertContains("<a href=\"/site/about/\">About</a>")
                    .assertContains("<a href=\"/site/accounts/login/\">Log in</a><a href=\"/site/accounts/signup/\">Sign up</a>");
        }
    }

    @Test
    void theAccountLinksFollowEachVisitorNotThePageRenderedBefore() {
        Client member = new Client(root);
        Client visitor = new Client(root);
        member.post("/accounts/login/", Map.of("username", DemoData.USERNAME, "password", DemoData.PASSWORD))
                .assertStatus(302);
        for (int i = 0; i < 2; i++) {
            String page = member.get("/").assertStatus(200).assertContains(ROOT_NAV)
                    .assertContains("<a href=\"/accounts/profile/\">" + DemoData.USERNAME + "</a>")
                    .assertContains("<form class=\"inline\" method=\"post\" action=\"/accounts/logout/\">").text();
            assertFalse(page.contains(">Log in</a>"), page);
            String anonymous = visitor.get("/").assertStatus(200).assertContains(ROOT_NAV)
                    .assertContains("<a href=\"/accounts/login/\">Log in</a>").text();
            assertFalse(anonymous.contains("/accounts/profile/"), anonymous);
        }
    }
}
