package dev.mosaic.orm;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.orm.blog.Author;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.server.Application;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabasesTest {
    private static Settings settings(Map<String, Object> databases) {
        // The database layer alone: no web middleware (the default stack needs a SECRET_KEY).
        return Settings.of(Map.of("INSTALLED_APPS", List.of(BlogApp.class.getName()), "DATABASES", databases,
                "MIDDLEWARE", List.of()));
    }

    @Test
    void startingAProjectBuildsOneSessionFactoryPerAliasAndClosingReleasesThePools() {
        try (Backend.Fresh db = Backend.H2.fresh(); Backend.Fresh other = Backend.H2.fresh()) {
            Map<String, Object> dbs = Map.of("default", db.databases().get("default"),
                    "archive", other.databases().get("default"));
            Application app = Application.start(settings(dbs));
            dev.mosaic.orm.test.TestSchema.create(app);
            Databases databases = Databases.of(app.apps()).orElseThrow();
            assertSame(databases, Databases.current());
            assertEquals(List.of("archive", "default"), databases.aliases().stream().sorted().toList());
            Database main = Db.database();
            main.inTransaction(s -> {
                s.persist(new Author("ada", "ada@example.com"));
                return null;
            });
            assertEquals(Long.valueOf(1), main.<Long>inSession(s -> s.createSelectionQuery("select count(a) from Author a", Long.class)
                    .getSingleResult()));
            assertEquals(Long.valueOf(0), Db.database("archive").<Long>inSession(s -> s.createSelectionQuery(
                    "select count(a) from Author a", Long.class).getSingleResult()));
            app.close();
            assertTrue(main.sessionFactory().isClosed());
            IllegalStateException none = assertThrows(IllegalStateException.class, Databases::current);
            assertTrue(none.getMessage().startsWith("No database is open"), none.getMessage());
        }
    }

    @Test
    void aBoundSessionIsTheOneEveryOperationUsesUntilUnbound() {
        try (Backend.Fresh db = Backend.H2.fresh(); Application app = Application.start(settings(db.databases()))) {
            dev.mosaic.orm.test.TestSchema.create(app);
            Database main = Db.database();
            assertFalse(Db.currentSession().isPresent());
            try (Session session = main.sessionFactory().openSession(); Db.Binding b = Db.bind(session)) {
                assertSame(session, Db.session());
                Author ada = main.inTransaction(s -> {
                    Author a = new Author("ada", null);
                    s.persist(a);
                    return a;
                });
                // Same session: the loaded object is the persisted instance, not a copy.
                assertSame(ada, main.inSession(s -> s.find(Author.class, ada.id)));
            }
            assertFalse(Db.currentSession().isPresent());
            IllegalStateException e = assertThrows(IllegalStateException.class, Db::session);
            assertTrue(e.getMessage().startsWith("No Hibernate session is bound to this thread."), e.getMessage());
        }
    }

    @Test
    void aFailedWriteRollsBack() {
        try (Backend.Fresh db = Backend.H2.fresh(); Application app = Application.start(settings(db.databases()))) {
            dev.mosaic.orm.test.TestSchema.create(app);
            Database main = Db.database();
            assertThrows(IllegalStateException.class, () -> main.inTransaction(s -> {
                s.persist(new Author("ada", null));
                s.flush();
                throw new IllegalStateException("boom");
            }));
            assertEquals(Long.valueOf(0), main.<Long>inSession(s -> s.createSelectionQuery("select count(a) from Author a", Long.class)
                    .getSingleResult()));
        }
    }

    @Test
    void hibernateIsNeverAllowedToCreateTheSchema() {
        assertEquals("DATABASES.default.HIBERNATE.hibernate.hbm2ddl.auto (from Settings.with) would let Hibernate create"
                        + " or change the schema. Mosaic's schema comes from migrations only. Fix: remove it and run"
                        + " `manage makemigrations` then `manage migrate`; tests get their schema from @MosaicDbTest.",
                startError(Map.of("default", Map.of("URL", "jdbc:h2:mem:x", "HIBERNATE",
                        Map.of("hibernate.hbm2ddl.auto", "update")))));
    }

    @Test
    void misconfigurationFailsAtStartUpNamingTheKey() {
        assertEquals("DATABASES.default.PASWORD (from Settings.with) is not a database setting. Did you mean"
                        + " 'PASSWORD'? Fix: use only URL, USER, PASSWORD, OPTIONS, HIBERNATE, TEST.",
                startError(Map.of("default", Map.of("URL", "jdbc:h2:mem:x", "PASWORD", "x"))));
        assertTrue(startError(Map.of("default", Map.of("URL", "postgres://db"))).startsWith("DATABASES.default.URL"
                + " (from Settings.with) must be a JDBC URL or a database URL, and it names no database after the host."
                + " Write it as postgres://user:password@host:5432/name"));
        assertTrue(startError(Map.of("default", Map.of("URL", "db.example.com/site"))).endsWith("Fix: correct it, e.g."
                + " URL: 'jdbc:h2:file:./var/db' or URL: 'jdbc:postgresql://127.0.0.1:5432/site'."));
        assertEquals("DATABASES.default.OPTIONS.MAX_POOL_SIZE (from Settings.with) must be a whole number of at"
                        + " least 1, not '0'. Fix: correct it or remove it for the default (10).",
                startError(Map.of("default", Map.of("URL", "jdbc:h2:mem:x", "OPTIONS", Map.of("MAX_POOL_SIZE", 0)))));
        assertTrue(startError(Map.of("replica", Map.of("URL", "jdbc:h2:mem:x")))
                .startsWith("DATABASES (from Settings.with) has no 'default' alias, only [replica]."));
    }

    @Test
    void anUnreachableDatabaseFailsAtStartUpNamingTheAliasWithinTheTimeout() {
        long start = System.nanoTime();
        String message = startError(Map.of("default", Map.of("URL", "jdbc:postgresql://127.0.0.1:1/none",
                "OPTIONS", Map.of("CONNECTION_TIMEOUT", 1000))));
        assertTrue(message.startsWith("DATABASES.default (jdbc:postgresql://127.0.0.1:1/none) could not be opened:"),
                message);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "took too long");
    }

    private static String startError(Map<String, Object> databases) {
        Settings s = Settings.of(Map.of("INSTALLED_APPS", List.of(BlogApp.class.getName()), "MIDDLEWARE", List.of())).with("DATABASES",
                databases);
        return assertThrows(ImproperlyConfigured.class, () -> Application.start(s)).getMessage();
    }
}
