package dev.mosaic.orm;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.orm.blog.Author;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.orm.internal.DatabaseConfig;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DATABASES.default.URL in DATABASE_URL's form (postgres://user:password@host/name, h2:mem:name):
 * read into the JDBC URL and credentials, and the ORM connects with them.
 */
class DatabaseUrlConnectTest {
    private static Settings settings(Map<String, Object> database) {
        return Settings.of(Map.of("INSTALLED_APPS", List.of(BlogApp.class.getName()),
                "DATABASES", Map.of("default", database), "MIDDLEWARE", List.of()));
    }

    private static long authors(Application app) {
        dev.mosaic.orm.test.TestSchema.create(app);
        Database main = Db.database();
        main.inTransaction(s -> {
            s.persist(new Author("ada", "ada@example.com"));
            return null;
        });
        return main.<Long>inSession(s -> s.createSelectionQuery("select count(a) from Author a", Long.class)
                .getSingleResult());
    }

    @Test
    void anH2UrlWithoutJdbcConnects() {
        String name = "dburl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Settings s = settings(Map.of("URL", "h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "USER", "sa", "PASSWORD", ""));
        assertEquals("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", DatabaseConfig.all(s).get(0).url());
        try (Application app = Application.start(s)) {
            assertEquals(1L, authors(app));
        }
    }

    @Test
    void aPostgresUrlWithAPercentEncodedPasswordConnects() {
        String why = Backend.POSTGRESQL.unavailable();
        if (why != null) {
            System.err.println("\n!!!!!!!! SKIPPED: PostgreSQL at 127.0.0.1:5432 did not answer (" + why
                    + "); DatabaseUrlConnectTest's PostgreSQL case did NOT run. !!!!!!!!\n");
            Assumptions.abort("PostgreSQL did not answer: " + why);
        }
        String schema = "mosaic_dburl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Backend.execute(Backend.PG_URL, "postgres", "", "create schema " + schema);
        try {
            Settings s = settings(Map.of("URL", "postgres://postgres:p%40ss%3Aw%2Frd@127.0.0.1:5432/test?currentSchema="
                    + schema, "OPTIONS", Map.of("MAX_POOL_SIZE", 2, "MIN_IDLE", 0)));
            DatabaseConfig config = DatabaseConfig.all(s).get(0);
            assertEquals("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, config.url());
            assertEquals("postgres", config.user());
            assertEquals("p@ss:w/rd", config.password());
            assertTrue(!config.toString().contains("p@ss"), config.toString());
            try (Application app = Application.start(s)) {
                assertEquals(1L, authors(app));
            }
        } finally {
            Backend.execute(Backend.PG_URL, "postgres", "", "drop schema " + schema + " cascade");
        }
    }

    @Test
    void aUserInTheUrlAndInUserIsAnError() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> DatabaseConfig.all(settings(Map.of(
                "URL", "postgres://site@127.0.0.1/site", "USER", "other"))));
        assertEquals("DATABASES.default.URL (from Settings.of) has a user and DATABASES.default gives one too. Fix:"
                + " give the user and password in one place, the URL or USER and PASSWORD.", e.getMessage());
    }
}
