package com.example.site;

import com.example.api.ApiApp;
import com.example.pages.PagesApp;
import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.server.Application;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MosaicTest(settings = "classpath:settings.yaml")
@MosaicDbTest(fixtures = "site/fixtures/demo.json")
class SiteTest {
    private Client client;

    @BeforeEach
    void client(Client client) {
        this.client = client;
    }

    @Test
    void everyResponseCarriesServerTiming() {
        TestResponse r = client.get("/");
        assertTrue(r.header("Server-Timing").matches("app;dur=\\d+\\.\\d{3}"), r.header("Server-Timing"));
        assertTrue(client.get("/api/questions/").header("Server-Timing").startsWith("app;dur="));
    }

    @Test
    void appsAreMountedUnderTheirPrefixesAndNamespaces() {
        List<String> routes = client.application().urls().routes();
        assertTrue(routes.containsAll(List.of("", "about/", "blog/", "blog/<int:year>/<slug:slug>/", "blog/tag/<slug:slug>/",
                "polls/", "polls/<int:pk>/", "polls/<int:pk>/results/", "api/questions/", "accounts/login/",
                "accounts/signup/", "accounts/profile/", "accounts/profile/edit/", "accounts/members/",
                "accounts/u/<str:username>/")), routes::toString);
        assertEquals("/polls/1/results/", client.application().urls().reverse("polls:results", 1));
        assertEquals("/blog/2024/hello/", client.application().urls().reverse("blog:detail", 2024, "hello"));
        assertEquals("/accounts/profile/", client.application().urls().reverse("accounts:profile"));
        assertEquals("/accounts/u/demo/", client.application().urls().reverse("accounts:member", "demo"));
        assertEquals("/api/questions/1/", client.application().urls().reverse("api:question", 1));
    }

    @Test
    void aPathWithoutItsTrailingSlashRedirectsToIt() {
        TestResponse r = client.get("/about?from=nav");
        assertEquals(301, r.status(), r::toString);
        assertEquals("/about/?from=nav", r.header("Location"));
    }

    @Test
    void theOldQuestionsListRedirectsPermanentlyToThePolls() {
        TestResponse r = client.request("GET", "/questions/").follow().send().assertStatus(200);
        assertEquals(List.of(new TestResponse.Redirect("/polls/", 301)), r.redirectChain());
        assertEquals("polls:index", r.match().viewName());
    }

    @Test
    void anOldQuestionUrlRedirectsPermanentlyToTheSameQuestion() {
        TestResponse r = client.get("/questions/2/");
        assertEquals(301, r.status(), r::toString);
        assertEquals("/polls/2/", r.header("Location"));
    }

    @Test
    void anOldQuestionUrlRedirectsEvenWhenTheQuestionIsGoneAndTheTargetAnswers404() {
        TestResponse r = client.request("GET", "/questions/99/").follow().send();
        assertEquals(List.of(new TestResponse.Redirect("/polls/99/", 301)), r.redirectChain());
        r.assertStatus(404);
    }

    @Test
    void anUnknownPathIs404() {
        client.get("/nope/").assertStatus(404);
    }
}
