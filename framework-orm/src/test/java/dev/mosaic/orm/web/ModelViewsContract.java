package dev.mosaic.orm.web;

import dev.mosaic.conf.Settings;
import dev.mosaic.contrib.messages.CookieStorage;
import dev.mosaic.contrib.messages.MessageMiddleware;
import dev.mosaic.contrib.messages.Messages;
import dev.mosaic.http.Response;
import dev.mosaic.orm.Backend;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.ObjectList;
import dev.mosaic.orm.Page;
import dev.mosaic.orm.TransactionMiddleware;
import dev.mosaic.orm.blog.Author;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.orm.blog.Post;
import dev.mosaic.orm.views.DeleteView;
import dev.mosaic.orm.views.DetailView;
import dev.mosaic.orm.views.ListView;
import dev.mosaic.test.Client;
import dev.mosaic.test.TestResponse;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ListView, DetailView and DeleteView through the test client, on one backend. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelViewsContract {

    public static class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("posts/", ListView.of(Post.class).orderBy("-rating").paginateBy(10), "post-list"),
                    path("all/", ListView.of(Post.class, r -> ObjectList.of(Post.class, "title"))
                            .template("blog/titles.html")),
                    path("posts/<int:pk>/", DetailView.of(Post.class)),
                    path("by-slug/<slug:slug>/", DetailView.of(Post.class).slugField("slug")),
                    path("posts/<int:pk>/delete/", DeleteView.of(Post.class, "/posts/")),
                    path("wrong/<int:id>/", DetailView.of(Post.class)),
                    path("low/<int:pk>/", DetailView.of(Post.class).queryset(r -> Post.objects.filter("rating__lte", 3))),
                    path("low/<slug:slug>/", DetailView.of(Post.class).slugField("slug")
                            .queryset(r -> Post.objects.filter("rating__lte", 3))),
                    path("posts/<int:pk>/remove/", DeleteView.of(Post.class, "post-list")
                            .queryset(r -> Post.objects.filter("rating__lt", 0))
                            .successMessage("\"{object}\" ({pk}) is deleted.")),
                    path("posts/<int:pk>/drop/", DeleteView.of(Post.class, (r, post) -> "/after/" + post.slug + "/")),
                    path("messages/", r -> {
                        List<String> said = new java.util.ArrayList<>();
                        Messages.get(r).forEach(m -> said.add(m.message()));
                        return Response.text(String.join("|", said));
                    }));
        }
    }

    private Backend.Fresh db;
    private Client client;

    abstract Backend backend();

    @BeforeAll
    void start() {
        LiveBackendCheck.require(backend());
        db = backend().fresh();
        CodeTemplates.define("blog/post_list.html", c -> titles(c.get("post_list")));
        CodeTemplates.define("blog/titles.html", c -> titles(c.get("object_list")));
        CodeTemplates.define("blog/post_detail.html", c -> "detail " + ((Post) c.get("post")).title);
        CodeTemplates.define("blog/post_confirm_delete.html", c -> "delete " + ((Post) c.get("object")).title + "?");
        client = Client.of(Settings.of(Map.of(
                "INSTALLED_APPS", List.of(BlogApp.class.getName()),
                "DATABASES", db.databases(),
                "ROOT_URLCONF", Urls.class.getName(),
                "SECRET_KEY", "model-views-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
                "MESSAGE_STORAGE", CookieStorage.class.getName(),
                "MIDDLEWARE", List.of(MessageMiddleware.class.getName(), TransactionMiddleware.class.getName()),
                "ATOMIC_REQUESTS", true,
                "TEMPLATES", Map.of("BACKEND", CodeTemplates.class.getName()))));
        dev.mosaic.orm.test.TestSchema.create(client.application());
        Db.database().inTransaction(s -> {
            Author ada = new Author("ada", null);
            s.persist(ada);
            for (int i = 1; i <= 25; i++) {
                s.persist(new Post("Post " + i, "post-" + i, null, i, 0, ada));
            }
            return null;
        });
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.application().close();
        }
        if (db != null) {
            db.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static String titles(Object posts) {
        return ((List<Post>) posts).stream().map(p -> p.title).collect(Collectors.joining(","));
    }

    private long idOf(String slug) {
        return Db.database().inSession(s -> s.createSelectionQuery("select p.id from Post p where p.slug = :s",
                Long.class).setParameter("s", slug).getSingleResult());
    }

    @Test
    void aListViewPagesThroughTheModelWithTwoQueriesAPage() {
        TestResponse first = client.get("/posts/");
        assertEquals(200, first.status(), first.text());
        assertEquals("blog/post_list.html", first.templateName());
        assertEquals("Post 25,Post 24,Post 23,Post 22,Post 21,Post 20,Post 19,Post 18,Post 17,Post 16", first.text());
        assertEquals(true, first.context().get("is_paginated"));
        List<String> sql = Db.captureQueries(() -> {
            TestResponse last = client.get("/posts/?page=3");
            assertEquals("Post 5,Post 4,Post 3,Post 2,Post 1", last.text());
            Page<?> page = (Page<?>) last.context().get("page_obj");
            assertEquals(3, page.number());
            assertEquals(21, page.startIndex());
            assertTrue(page.hasPrevious() && !page.hasNext());
        });
        assertEquals(2, sql.size(), "count and page: " + sql);
        assertEquals("Post 5,Post 4,Post 3,Post 2,Post 1", client.get("/posts/?page=last").text());
    }

    @Test
    void aPageThatIsNotANumberOrPastTheEndIs404() {
        for (String page : new String[]{"4", "0", "x", "-1", "1.5", "99999999999"}) {
            TestResponse r = client.get("/posts/?page=" + page);
            assertEquals(404, r.status(), "page=" + page);
        }
        assertTrue(client.get("/posts/?page=x").text().contains("That page number is not an integer"));
        assertTrue(client.get("/posts/?page=4").text().contains("That page contains no results"));
    }

    @Test
    void aListViewWithoutPaginationListsEverythingInItsOrder() {
        String text = client.get("/all/").text();
        assertTrue(text.startsWith("Post 1,Post 10,Post 11,"), text);
        assertEquals(25, text.split(",").length);
    }

    @Test
    void aDetailViewFindsItsObjectByPkOrSlugAndOtherwiseAnswers404() {
        long id = idOf("post-7");
        TestResponse r = client.get("/posts/" + id + "/");
        assertEquals(200, r.status(), r.text());
        assertEquals("detail Post 7", r.text());
        assertEquals("blog/post_detail.html", r.templateName());
        assertEquals("detail Post 8", client.get("/by-slug/post-8/").text());
        assertEquals(404, client.get("/posts/999999/").status());
        assertEquals(404, client.get("/by-slug/no-such-post/").status());
        assertEquals(500, client.get("/wrong/1/").status());
    }

    @Test
    void aDeleteViewConfirmsOnGetAndDeletesOnPost() {
        Db.database().inTransaction(s -> {
            s.persist(new Post("Doomed", "doomed", null, -1, 0, null));
            return null;
        });
        long id = idOf("doomed");
        TestResponse confirm = client.get("/posts/" + id + "/delete/");
        assertEquals("delete Doomed?", confirm.text());
        assertEquals("blog/post_confirm_delete.html", confirm.templateName());
        TestResponse deleted = client.post("/posts/" + id + "/delete/", Map.of());
        assertEquals(302, deleted.status());
        assertEquals("/posts/", deleted.header("Location"));
        assertEquals(404, client.get("/posts/" + id + "/").status());
        assertEquals(404, client.post("/posts/" + id + "/delete/", Map.of()).status());
    }

    @Test
    void aDeleteViewDeletesOnHttpDeleteAsOnPost() {
        Db.database().inTransaction(s -> {
            s.persist(new Post("Deleted by a script", "by-script", null, -1, 0, null));
            return null;
        });
        long id = idOf("by-script");
        assertEquals("GET, POST, DELETE, HEAD, OPTIONS", client.options("/posts/" + id + "/delete/").header("Allow"));
        assertEquals(404, client.delete("/posts/" + idOf("post-5") + "/remove/").status(), "outside its queryset");
        assertEquals("detail Post 5", client.get("/posts/" + idOf("post-5") + "/").text());
        TestResponse deleted = client.delete("/posts/" + id + "/delete/");
        assertEquals(302, deleted.status());
        assertEquals("/posts/", deleted.header("Location"));
        assertEquals(404, client.get("/posts/" + id + "/").status());
        assertEquals(404, client.delete("/posts/" + id + "/delete/").status());
        assertEquals(405, client.put("/posts/" + idOf("post-5") + "/delete/", Map.of()).status());
    }

    @Test
    void aDetailViewShowsOnlyWhatItsQuerysetHolds() {
        assertEquals("detail Post 2", client.get("/low/" + idOf("post-2") + "/").text());
        assertEquals("detail Post 3", client.get("/low/post-3/").text());
        assertEquals(404, client.get("/low/" + idOf("post-8") + "/").status());
        assertEquals(404, client.get("/low/post-8/").status());
        assertEquals(404, client.get("/low/999999/").status());
    }

    @Test
    void aDeleteViewDeletesOnlyWhatItsQuerysetHoldsThenRedirectsToAUrlNameWithAMessage() {
        Db.database().inTransaction(s -> {
            s.persist(new Post("Spam", "spam", null, -5, 0, null));
            return null;
        });
        long spam = idOf("spam");
        long kept = idOf("post-5");
        assertEquals(404, client.get("/posts/" + kept + "/remove/").status());
        assertEquals(404, client.post("/posts/" + kept + "/remove/", Map.of()).status());
        assertEquals("detail Post 5", client.get("/posts/" + kept + "/").text(), "not deleted");
        assertEquals("delete Spam?", client.get("/posts/" + spam + "/remove/").text());
        TestResponse deleted = client.post("/posts/" + spam + "/remove/", Map.of());
        assertEquals(302, deleted.status());
        assertEquals("/posts/", deleted.header("Location"));
        assertEquals("\"Post Spam\" (" + spam + ") is deleted.", client.get("/messages/").text());
        assertEquals(404, client.get("/posts/" + spam + "/").status());
    }

    @Test
    void aDeleteViewsSuccessUrlMayBeComputedFromTheObjectBeforeItIsDeleted() {
        Db.database().inTransaction(s -> {
            s.persist(new Post("Gone", "gone-soon", null, -1, 0, null));
            return null;
        });
        long id = idOf("gone-soon");
        TestResponse deleted = client.post("/posts/" + id + "/drop/", Map.of());
        assertEquals(302, deleted.status());
        assertEquals("/after/gone-soon/", deleted.header("Location"));
        assertEquals(404, client.get("/posts/" + id + "/").status());
    }

    @Test
    void anOrderingOnAFieldTheModelLacksNamesTheFieldsItHas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjectList.of(Post.class, "-publshed").fetch(0, 1));
        assertEquals("Post has no field 'publshed'. Choices are: author, comments, id, published, rating, slug,"
                + " title, votes.", e.getMessage());
    }
}
