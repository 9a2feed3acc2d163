package dev.mosaic.orm;

import dev.mosaic.orm.blog.Author;
import dev.mosaic.orm.blog.Post;
import dev.mosaic.http.BadRequest;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The QuerySet bugs the issue 4/5 review proved on main, each pinned on every backend. */
abstract class ReviewFixesContract extends BackendContract {

    @Test
    void excludeOnARelationKeepsTheRowsWithoutOne() {
        List<String> notBob = List.of("An ORM in Java", "Draft", "Java 17 records");
        assertEquals(notBob, titles(Post.objects.exclude("author", bob).orderBy("title")));
        assertEquals(notBob, titles(Post.objects.exclude("author", bob.id).orderBy("title")));
        assertEquals(notBob, titles(Post.objects.exclude("author", String.valueOf(bob.id)).orderBy("title")));
        assertEquals(notBob, titles(Post.objects.exclude("author__in", List.of(bob.id)).orderBy("title")));
        assertEquals(notBob, titles(Post.objects.exclude("author__id", bob.id).orderBy("title")));
        assertEquals(List.of("Draft"), titles(Post.objects.exclude("author__in", List.of(ada, bob))));
        assertEquals(List.of("Draft"), titles(Post.objects.exclude(Q.of("author", ada).or(Q.of("author", bob)))));
        // a filter keeps its meaning: only the rows whose relation matches
        assertEquals(List.of("100% off_sale"), titles(Post.objects.filter("author", bob)));
        assertEquals(List.of("bob"), Author.objects.exclude("posts", records).valuesList(String.class, "username"));
    }

    @Test
    void updateRefusesAnFAcrossARelationAsDjangoDoes() {
        FieldError e = assertThrows(FieldError.class,
                () -> Post.objects.filter("slug", "java").update("rating", F.of("author__id")));
        assertTrue(e.getMessage().startsWith("Joined field references are not permitted in this query"), e.getMessage());
        assertThrows(FieldError.class, () -> Post.objects.all().update("rating", F.of("votes").plus(F.of("author__id"))));
        assertEquals(5, Post.objects.get("slug", "java").rating, "nothing was written");
        // the model's own fields still work, also where the filter itself needs a join
        assertEquals(1, Post.objects.filter("author__username", "bob").update("rating", F.of("votes").plus(1)));
        assertEquals(8, Post.objects.get("slug", "wild").rating);
    }

    @Test
    void reverseIsRefusedOnASliceAndLastIsTheSlicesLastRow() {
        QuerySet<Post> firstTwo = Post.objects.orderBy("title").slice(0, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, firstTwo::reverse);
        assertTrue(e.getMessage().startsWith("Cannot reverse a query once a slice has been taken."), e.getMessage());
        assertEquals("An ORM in Java", firstTwo.last().orElseThrow().title);
        assertEquals("100% off_sale", firstTwo.first().orElseThrow().title);
        assertEquals("Java 17 records", Post.objects.orderBy("title").slice(2, 4).last().orElseThrow().title);
        assertEquals("Draft", Post.objects.orderBy("title").slice(1, 3).last().orElseThrow().title);
        assertTrue(Post.objects.orderBy("title").slice(1, 1).last().isEmpty());
        assertEquals(draft.id, Post.objects.all().slice(0, 10).last().orElseThrow().id, "unordered: by pk");
        // unsliced, last() is still the last row of the whole ordering
        assertEquals("Java 17 records", Post.objects.orderBy("title").last().orElseThrow().title);
    }

    @Test
    void aValueOfTheWrongTypeIsBadInputNamingTheFieldNotA500() {
        BadRequest e = assertThrows(BadRequest.class,
                () -> Post.objects.filter("rating", new String[] {"1", "2"}).count());
        assertTrue(e.getMessage().contains("Post.rating") && e.getMessage().contains("a whole number"), e.getMessage());
        e = assertThrows(BadRequest.class, () -> Post.objects.filter("slug", new String[] {"java"}).list());
        assertTrue(e.getMessage().contains("Post.slug") && e.getMessage().contains("a text"), e.getMessage());
        e = assertThrows(BadRequest.class, () -> Post.objects.filter("published__gt", 5).list());
        assertTrue(e.getMessage().contains("Post.published"), e.getMessage());
        assertThrows(BadRequest.class, () -> Post.objects.filter("rating", "99999999999999999999").count());
        assertThrows(BadRequest.class, () -> Post.objects.filter("author__username__in", List.of(List.of("x"))).count());
        // what fits still passes: other number types, entities, strings to parse, arrays for in
        assertEquals(1, Post.objects.filter("rating", 5L).count());
        assertEquals(2, Post.objects.filter("author", ada).count());
        assertEquals(1, Post.objects.filter("rating", "5").count());
        assertEquals(2, Post.objects.filter("rating__in", new String[] {"1", "5"}).count());
    }

    @Test
    void distinctOrderedByARelatedFieldSelectsTheSortColumnsAsDjangoDoes() {
        QuerySet<Post> byAuthor = Post.objects.filter("author__isnull", false).distinct().orderBy("author__username", "title");
        assertEquals(List.of("An ORM in Java", "Java 17 records", "100% off_sale"), titles(byAuthor));
        assertEquals(List.of("100% off_sale", "An ORM in Java", "Java 17 records"),
                titles(Post.objects.filter("author__isnull", false).distinct().orderBy("-author__username", "title")));
        assertEquals(List.of("An ORM in Java", "Java 17 records"), titles(Post.objects
                .filter("comments__text__contains", "e").distinct().orderBy("author__username", "title")));
        assertEquals(4, Post.objects.all().distinct().orderBy("author__username").list().size());
        assertEquals(2, byAuthor.slice(0, 2).count());
        assertEquals(List.of("Java 17 records"), titles(byAuthor.slice(1, 2)));
        assertTrue(byAuthor.slice(2, 3).exists());
        assertEquals(List.of(List.of("An ORM in Java"), List.of("Java 17 records"), List.of("100% off_sale")),
                byAuthor.valuesList("title"));
        assertEquals(List.of(java.util.Map.of("slug", "orm"), java.util.Map.of("slug", "java"),
                java.util.Map.of("slug", "wild")), byAuthor.values("slug"));
        assertEquals("100% off_sale", byAuthor.last().orElseThrow().title);
        assertEquals(List.of("An ORM in Java", "Java 17 records"), titles(byAuthor.filter("author", ada)));
    }

    @Test
    void nestedPrefetchLoadsLevelByLevelInOneQueryPerLevel() {
        List<String> sql = Db.captureQueries(() -> {
            List<Author> authors = Author.objects.orderBy("username").prefetchRelated("posts__comments").list();
            assertEquals(List.of(2, 1), authors.stream().map(a -> a.posts.size()).toList());
            assertTrue(authors.stream().flatMap(a -> a.posts.stream()).allMatch(p -> Hibernate.isInitialized(p.comments)));
            assertEquals(4, authors.get(0).posts.stream().mapToInt(p -> p.comments.size()).sum());
            assertEquals(0, authors.get(1).posts.get(0).comments.size());
        });
        assertEquals(3, sql.size(), "the authors, their posts, the posts' comments: " + sql);
        sql = Db.captureQueries(() -> Author.objects.all().prefetchRelated("posts", "posts__comments").list());
        assertEquals(3, sql.size(), "a level shared by two paths is loaded once: " + sql);
        // to-many, then to-one, then to-many back: each level one query
        sql = Db.captureQueries(() -> {
            List<Post> posts = Post.objects.orderBy("title").prefetchRelated("comments__post__author__posts").list();
            Post withComments = posts.get(3);
            assertEquals("Java 17 records", withComments.title);
            // a lazy to-one is a proxy: its fields are read on the object behind it
            Author author = (Author) Hibernate.unproxy(withComments.comments.get(0).post.author);
            assertEquals(2, author.posts.size());
            assertTrue(Hibernate.isInitialized(author.posts));
        });
        assertEquals(5, sql.size(), sql.toString());
        assertThrows(FieldError.class, () -> Author.objects.all().prefetchRelated("posts__title").list());
    }

    @Test
    void getOrCreateRacedByTwoCreatorsGivesOneRowAndNoError() throws Exception {
        raceGetOrCreate("eve", false);
        raceGetOrCreate("fay", true); // each creator inside its own transaction, as with ATOMIC_REQUESTS
    }

    /** Two threads that both find nothing, then both insert the same unique username. */
    private void raceGetOrCreate(String username, boolean inOuterTransaction) throws Exception {
        CyclicBarrier bothFoundNothing = new CyclicBarrier(2);
        Callable<Created<Author>> creator = () -> {
            Supplier<Created<Author>> call = () -> Author.objects.getOrCreate(Map.of("username", username), () -> {
                try {
                    bothFoundNothing.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other creator never got past its get", e);
                }
                return new Author(username, null);
            });
            return inOuterTransaction ? Transactions.atomic(call) : call.get();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Created<Author>> first = pool.submit(creator);
            Future<Created<Author>> second = pool.submit(creator);
            Created<Author> a = first.get(60, TimeUnit.SECONDS);
            Created<Author> b = second.get(60, TimeUnit.SECONDS);
            assertEquals(1, Author.objects.filter("username", username).count());
            assertTrue(a.created() ^ b.created(), "exactly one of them created it: " + a + ", " + b);
            assertEquals(a.object().id, b.object().id);
        } finally {
            pool.shutdownNow();
        }
    }
}
