package com.example.pages;

import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MosaicTest(settings = "classpath:settings.yaml")
@MosaicDbTest(fixtures = "site/fixtures/demo.json")
class PagesTest {
    private Client client;

    @BeforeEach
    void client(Client client) {
        this.client = client;
    }

    @Test
    void homeIsAnHtmlPageLinkingToTheOtherApps() {
        TestResponse r = client.get("/").assertStatus(200);
        assertEquals("text/html; charset=utf-8", r.contentType());
        assertEquals("pages:home", r.match().viewName());
        r.assertContains("<title>Welcome · Mosaic example</title>")
                .assertContains("<a href=\"/blog/2026/testing-with-a-real-request/\">Testing with a real request</a>")
                .assertContains("<a href=\"/polls/3/\">Where do you deploy?</a>")
                .assertContains("<a href=\"/api/questions/\">as JSON</a>")
                .assertContains("<link rel=\"stylesheet\" href=\"/static/site/site.css\">");
    }

    @Test
    void everyPageHasTheNavigationOfTheInstalledApps() {
        client.get("/about/").assertContains("<a href=\"/blog/\">Blog</a><a href=\"/polls/\">Polls</a><a href=\"/api/questions/\">API</a>"
                + "<a href=\"/accounts/members/\">Members</a><a href=\"/about/\">About</a>");
    }

    @Test
    void aboutShowsTheRequestEscaped() {
        TestResponse r = client.get("/about/?q=<script>");
        r.assertStatus(200).assertContains("<code>/about/?q=&lt;script&gt;</code>");
        assertTrue(!r.text().contains("<script>"), r::toString);
    }
}
