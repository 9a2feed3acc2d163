package dev.mosaic.orm.test;

import dev.mosaic.conf.Settings;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.blog.Author;
import dev.mosaic.orm.blog.Post;
import dev.mosaic.orm.blog.Tag;
import dev.mosaic.orm.sessions.StoredSession;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's test as a user writes it: its settings file names a development database, the
 * test gets a private in-memory one with the migrations applied (sessions) and the other models'
 * tables exported (blog), the fixture loaded, and every test rolled back.
 */
@MosaicTest(settings = "classpath:dbtest/settings.yaml")
@MosaicDbTest(fixtures = "dbtest/blog.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MosaicDbTestTest {

    @Test
    @Order(1)
    void theTestRunsOnAPrivateInMemoryDatabaseNotTheConfiguredOne(Settings settings) {
        Object url = ((Map<?, ?>) settings.databases().get("default")).get("URL");
        assertTrue(String.valueOf(url).startsWith("jdbc:h2:mem:test_default_"), String.valueOf(url));
        assertFalse(Files.exists(Path.of("target/dbtest-development-db.mv.db")));
    }

    @Test
    @Order(2)
    void theFixtureIsLoadedWithItsKeysAndRelations() {
        assertEquals(2, Author.objects.count());
        Post hello = Post.objects.get("pk", 1L);
        assertEquals("Hello", hello.title);
        assertEquals(LocalDateTime.of(2024, 5, 1, 10, 0), hello.published);
        assertEquals("ada", hello.author.getUsername());
        assertEquals("bob", Post.objects.get("pk", 2L).author.getUsername());
        // many-to-many links, given as lists of keys in "fields" as Django writes them; "topics" was
        // a proxy in the loading session (the other tags' parent) when its links were set
        assertEquals(List.of("Hello"), Tag.objects.get("name", "topics").posts.stream().map(p -> p.title).toList());
        assertEquals(List.of("Hello", "Second"), Tag.objects.get("name", "java").posts.stream().map(p -> p.title).toList());
        assertEquals(List.of("java", "orm"), Tag.objects.filter("posts__slug", "second").orderBy("name")
                .valuesList(String.class, "name"));
        assertTrue(Tag.objects.get("name", "unused").posts.isEmpty());
    }

    @Test
    @Order(3)
    void requestsJoinTheTestsTransaction(Client client) {
        client.get("/add/Third/").assertStatus(200);
        assertEquals("Hello,Second,Third", client.get("/posts/").text());
        assertEquals(3, Post.objects.count());
        // The database session store wrote its row in the same transaction.
        assertEquals(Long.valueOf(1), Db.database().<Long>inSession(s -> s.createSelectionQuery(
                "select count(s) from StoredSession s", Long.class).getSingleResult()));
    }

    @Test
    @Order(4)
    void theNextTestSeesNothingOfThePreviousOnes(Client client) {
        assertEquals("Hello,Second", client.get("/posts/").text());
        assertEquals(Long.valueOf(0), Db.database().<Long>inSession(s -> s.createSelectionQuery(
                "select count(s) from StoredSession s", Long.class).getSingleResult()));
    }

    @Test
    @Order(5)
    void newRowsGetKeysAfterTheFixturesOnes() {
        Author ada = Author.objects.get("username", "ada");
        Post created = Post.objects.create(new Post("New", "new", null, 0, 0, ada));
        assertTrue(created.id > 2, "id " + created.id);
        Author carol = Author.objects.create(new Author("carol", null));
        assertTrue(carol.id > 2, "id " + carol.id);
    }

    @Test
    @Order(6)
    void theSessionsAppsTableCameFromItsMigration() {
        long history = Db.database().<Long>inSession(s -> ((Number) s.createNativeQuery(
                "select count(*) from \"mosaic_migrations_sessions\"", Object.class).getSingleResult()).longValue());
        assertTrue(history >= 1);
        assertEquals(StoredSession.class, Db.database().sessionFactory().getMetamodel().entity(StoredSession.class)
                .getJavaType());
    }
}
