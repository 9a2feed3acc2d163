package com.example.blog;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import dev.mosaic.test.TestResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blog in a small project of its own (src/test/resources/tiny: the blog under {@code /news/},
 * auth's login, its own base.html), on seven posts by the staff user {@code demo}.
 */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest(fixtures = "blog/fixtures/posts.json")
class BlogTest {
    private static final String PASSWORD = "mosaic-demo-2024";

    @Test
    void theIndexPagesFivePostsNewestFirstInTheProjectsLayout(Client client) {
        TestResponse page1 = client.get("/news/").assertStatus(200);
        assertEquals("blog:index", page1.match().viewName());
        String text = page1.text();
        assertTrue(text.contains("<div class=\"tiny-layout\">"), text);
        assertTrue(text.indexOf("Testing with a real request") < text.indexOf("Security defaults"), text);
        assertFalse(text.contains("Hello, Mosaic"), "the oldest post is on page 2");
        page1.assertContains("Page 1 of 2");
        client.get("/news/?page=2").assertStatus(200).assertContains("Hello, Mosaic").assertContains("Page 2 of 2");
        client.get("/news/?page=3").assertStatus(404);
        client.get("/news/?page=x").assertStatus(404);
    }

    @Test
    void searchLooksInTitlesAndBodiesWithoutRegardToCase(Client client) {
        TestResponse r = client.get("/news/?q=TOMCAT").assertStatus(200);
        r.assertContains("Deploying behind Nginx").assertContains("value=\"TOMCAT\"");
        assertFalse(r.text().contains("Views three ways"));
        client.get("/news/?q=zzz-nothing").assertStatus(200).assertContains("No posts match");
        client.get("/news/?q=%25").assertStatus(200).assertContains("No posts match");
    }

    @Test
    void searchFindsAWordDeepInALongBody(Client client) {
        // The body is a text column: well past any varchar, and still searched by icontains.
        Post.objects.filter("slug", "security-defaults").update("body",
                "Headers first.\n\n" + "Nothing to see here. ".repeat(1000) + "The last word is Zanzibar.");
        TestResponse r = client.get("/news/?q=zanZIBAR").assertStatus(200);
        r.assertContains("Security defaults");
        assertFalse(r.text().contains("Views three ways"));
    }

    @Test
    void aPostLivesAtItsYearAndSlugThroughADetailViewOfThePublishedPosts(Client client) {
        Post post = Post.objects.get("slug", "views-three-ways");
        TestResponse r = client.get("/news/" + post.getYear() + "/views-three-ways/").assertStatus(200)
                .assertContains("<h1>Views three ways</h1>").assertContains("by <span>demo</span>");
        assertEquals("blog:detail", r.match().viewName());
        assertEquals("blog/detail.html", r.templateName());
        assertEquals(post.id, ((Post) r.context().get("object")).id);
        assertTrue(r.context().get("form") != null);
        assertFalse(r.text().contains("Delete"), "no staff links for a visitor");
        client.get("/news/" + (post.getYear() - 1) + "/views-three-ways/").assertStatus(404);
        client.get("/news/" + post.getYear() + "/no-such-post/").assertStatus(404);
        Post.objects.filter("slug", "views-three-ways").update("published", null);
        client.get("/news/" + post.getYear() + "/views-three-ways/").assertStatus(404);    // a draft now
    }

    @Test
    void itsAuthorLoggedInSeesThePostWithTheStaffLinks(Client client) {
        // The author is read lazily: the logged-in user and the post's author are the same row.
        client.post("/accounts/login/", Map.of("username", "demo", "password", PASSWORD)).assertStatus(302);
        Post post = Post.objects.get("slug", "views-three-ways");
        TestResponse r = client.get("/news/" + post.getYear() + "/views-three-ways/").assertStatus(200);
        r.assertContains("by <span>demo</span>")
                .assertContains("href=\"/news/post/" + post.id + "/edit/\"")
                .assertContains("href=\"/news/post/" + post.id + "/delete/\"");
        Comment first = post.getComments().get(0);
        r.assertContains("href=\"/news/comment/" + first.getId() + "/delete/\"");
        client.get("/news/post/" + post.id + "/").assertStatus(302);
    }

    @Test
    void onlyStaffDeleteAPost(Client client) {
        Post post = Post.objects.get("slug", "views-three-ways");
        String url = "/news/post/" + post.id + "/delete/";
        assertTrue(client.get(url).assertStatus(302).header("Location").startsWith("/accounts/login/?next="));
        User.createUser("reader", "", "Reader-passw0rd-long");
        client.post("/accounts/login/", Map.of("username", "reader", "password", "Reader-passw0rd-long")).assertStatus(302);
        client.get(url).assertStatus(403);
        client.post(url, Map.of()).assertStatus(403);
        client.delete(url).assertStatus(403);
        assertTrue(Post.objects.filter("slug", "views-three-ways").exists());
    }

    @Test
    void staffDeleteAPostWithHttpDeleteAndTheCsrfHeaderAsAScriptWould(Client client) {
        Post post = Post.objects.get("slug", "views-three-ways");
        String url = "/news/post/" + post.id + "/delete/";
        assertTrue(client.delete(url).assertStatus(302).header("Location").startsWith("/accounts/login/?next="));
        client.post("/accounts/login/", Map.of("username", "demo", "password", PASSWORD)).assertStatus(302);
        client.enforceCsrfChecks();
        String token = csrfToken(client.get(url).assertStatus(200));
        client.delete(url).assertStatus(403);                                  // no token: CSRF refuses
        assertTrue(Post.objects.filter("slug", "views-three-ways").exists());
        TestResponse done = client.request("DELETE", url).header("X-CSRFToken", token).send().assertStatus(302);
        assertEquals("/news/", done.header("Location"));
        assertFalse(Post.objects.filter("slug", "views-three-ways").exists());
        assertEquals(0, Comment.objects.filter("post__slug", "views-three-ways").count());
    }

    @Test
    void staffDeleteAPostAfterConfirmingWithTheCsrfTokenAndItsCommentsGoWithIt(Client client) {
        client.post("/accounts/login/", Map.of("username", "demo", "password", PASSWORD)).assertStatus(302);
        client.enforceCsrfChecks();
        Post post = Post.objects.get("slug", "views-three-ways");
        String url = "/news/post/" + post.id + "/delete/";
        TestResponse confirm = client.get(url).assertStatus(200)
                .assertContains("<h1>Delete “Views three ways”?</h1>").assertContains("<span>2 comments</span>");
        assertEquals("blog/post_confirm_delete.html", confirm.templateName());
        client.post(url, Map.of()).assertStatus(403);                          // no token: CSRF refuses
        assertTrue(Post.objects.filter("slug", "views-three-ways").exists());

        TestResponse done = client.request("POST", url).form(Map.of("csrfmiddlewaretoken", csrfToken(confirm)))
                .follow().send();
        done.assertStatus(200).assertContains("&quot;Views three ways&quot; is deleted.");
        assertEquals("/news/", done.redirectChain().get(0).url());
        assertFalse(Post.objects.filter("slug", "views-three-ways").exists());
        assertEquals(0, Comment.objects.filter("post__slug", "views-three-ways").count());
        assertFalse(client.get("/news/tag/web/").text().contains("Views three ways"));
        client.get(url).assertStatus(404);
    }

    @Test
    void staffDeleteACommentAndGoBackToThePost(Client client) {
        client.post("/accounts/login/", Map.of("username", "demo", "password", PASSWORD)).assertStatus(302);
        Post post = Post.objects.get("slug", "hello-mosaic");
        // By a query: the test shares the requests' session, where a loaded post.comments would keep it.
        Comment linus = Comment.objects.filter("post", post).get("name", "Linus");
        String url = "/news/comment/" + linus.getId() + "/delete/";
        client.get(url).assertStatus(200).assertContains("<h1>Delete this comment?</h1>")
                .assertContains("How does it compare with Spring?").assertContains(">Hello, Mosaic</a>");
        assertEquals("/news/post/" + post.id + "/#comments", client.post(url, Map.of()).assertStatus(302).header("Location"));
        TestResponse done = client.request("GET", "/news/post/" + post.id + "/").follow().send();
        done.assertStatus(200).assertContains("The comment by Linus is deleted.").assertContains("1 comment");
        assertFalse(done.text().contains("How does it compare with Spring?"));
        assertEquals(1, Comment.objects.filter("post", post).count());
        client.post("/news/comment/999999/delete/", Map.of()).assertStatus(404);
    }

    private static String csrfToken(TestResponse page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"")
                .matcher(page.text());
        assertTrue(m.find(), page.text());
        return m.group(1);
    }

    @Test
    void aTagPageListsItsPostsAsTheFixtureLinksThem(Client client) {
        assertEquals(List.of("Django", "Web"), Post.objects.get("slug", "views-three-ways").getTags().stream()
                .map(Tag::getName).toList());
        TestResponse r = client.get("/news/tag/web/").assertStatus(200);
        r.assertContains("Views three ways").assertContains("Security defaults").assertContains("Templates that decorate");
        assertFalse(r.text().contains("Deploying behind Nginx"));
        client.get("/news/tag/nope/").assertStatus(200).assertContains("No posts have this tag.");
    }

    @Test
    void aCommentIsValidatedThenSavedWithAThanks(Client client) {
        Post post = Post.objects.get("slug", "models-and-migrations");     // a post without comments
        String url = "/news/" + post.getYear() + "/models-and-migrations/";
        client.post(url, Map.of("name", "x".repeat(81), "body", "")).assertStatus(400)
                .assertContains("This field is required.");
        assertEquals(0, Comment.objects.filter("post", post).count());
        TestResponse r = client.request("POST", url).form(Map.of("name", "Ada", "body", "Lovely")).follow().send();
        r.assertStatus(200).assertContains("Thanks, Ada: your comment is posted.").assertContains("<p>Lovely</p>");
        assertEquals(1, Comment.objects.filter("post", post).count());
    }

    @Test
    void onlyStaffWriteAndEditPosts(Client client) {
        client.get("/news/new/").assertStatus(302);
        User.createUser("reader", "", "Reader-passw0rd-long");
        client.post("/accounts/login/", Map.of("username", "reader", "password", "Reader-passw0rd-long")).assertStatus(302);
        client.get("/news/new/").assertStatus(403);
        client.post("/news/new/", Map.of("title", "Mine", "slug", "mine", "body", "x")).assertStatus(403);
        assertFalse(Post.objects.filter("slug", "mine").exists());
    }

    @Test
    void staffCreateAPostThatCannotOverpostItsAuthor(Client client) {
        client.post("/accounts/login/", Map.of("username", "demo", "password", PASSWORD)).assertStatus(302);
        User other = User.createUser("other", "", "Other-passw0rd-long");
        client.post("/news/new/", Map.of("title", "New", "slug", "new-one", "body", "Text.",
                "published", "2024-02-03T04:05", "author", String.valueOf(other.id))).assertStatus(302);
        Post created = Post.objects.selectRelated("author").get("slug", "new-one");
        assertEquals("demo", created.getAuthor().username());
        client.get("/news/2024/new-one/").assertStatus(200).assertContains("<h1>New</h1>");
        client.post("/news/post/" + created.id + "/edit/", Map.of("title", "", "slug", "new-one", "body", "Text."))
                .assertStatus(200).assertContains("This field is required.");
    }
}
