package com.example.site;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.conf.SettingsLoader;
import dev.mosaic.management.Manage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * settings.prod.yaml as production loads it. The values a deployment passes in the environment
 * are given as system properties here, which the ${...} placeholders read too.
 */
class ProductionSettingsTest {
    private static final String STRONG_KEY = "pR0d-8vQ2xL7mZ4kW9sT1nB6cH3gF5aE0dY2uI8oP7lK3jX9rV";
    private static final List<String> PROPERTIES = List.of("MOSAIC_SECRET_KEY", "MOSAIC_ALLOWED_HOSTS", "DATABASE_URL");

    @BeforeEach
    void database() {
        // The e2e script passes DATABASE_URL=postgres://...; an H2 database in memory here.
        System.setProperty("DATABASE_URL", "h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void clear() {
        PROPERTIES.forEach(System::clearProperty);
    }

    private static Settings prod() {
        return SettingsLoader.load(null, "prod");
    }

    @Test
    void checkDeployReportsNothingWithAStrongKey() {
        System.setProperty("MOSAIC_SECRET_KEY", STRONG_KEY);
        System.setProperty("MOSAIC_ALLOWED_HOSTS", "polls.example.com");
        Settings settings = TestSite.migrated(prod());
        assertEquals(false, settings.debug());
        assertEquals(List.of("X-Forwarded-Proto", "https"), settings.list("SECURE_PROXY_SSL_HEADER"));
        assertEquals("X-Real-IP", settings.string("REMOTE_ADDR_HEADER"), "behind Nginx: see mosaic.W001");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Manage.run(settings, new PrintWriter(out), new PrintWriter(err), "check", "--deploy");
        assertEquals("System check identified no issues.\n", out.toString(), err.toString());
        assertEquals(0, code);
    }

    @Test
    void theDevelopmentKeyIsReportedUnderTheProdProfile() {
        System.setProperty("MOSAIC_SECRET_KEY", "dev-only-insecure-key");
        System.setProperty("MOSAIC_ALLOWED_HOSTS", "polls.example.com");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Manage.run(prod(), new PrintWriter(out), new PrintWriter(err), "check", "--deploy");
        assertTrue((out.toString() + err).contains("security.W009"), out + "" + err);
    }

    @Test
    void productionTakesItsDatabaseFromTheEnvironment() {
        System.setProperty("MOSAIC_SECRET_KEY", STRONG_KEY);
        System.setProperty("MOSAIC_ALLOWED_HOSTS", "polls.example.com");
        System.setProperty("DATABASE_URL", "postgres://site:p%40ss@127.0.0.1:5432/site");
        Settings settings = prod();
        assertEquals("postgres://site:p%40ss@127.0.0.1:5432/site", ((Map<?, ?>) settings.map("DATABASES").get("default"))
                .get("URL"), "read by the ORM at start-up into the JDBC URL and the credentials");
        var config = dev.mosaic.orm.internal.DatabaseConfig.all(settings).get(0);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/site", config.url());
        assertEquals("site", config.user());
        assertEquals("p@ss", config.password());
        System.clearProperty("DATABASE_URL");
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, ProductionSettingsTest::prod);
        assertTrue(e.getMessage().contains("uses ${DATABASE_URL}, which is not set"), e.getMessage());
    }

    @Test
    void withoutTheKeyInTheEnvironmentTheSettingsDoNotLoad() {
        System.setProperty("MOSAIC_ALLOWED_HOSTS", "polls.example.com");
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, ProductionSettingsTest::prod);
        assertTrue(e.getMessage().contains("MOSAIC_SECRET_KEY"), e.getMessage());
    }
}
