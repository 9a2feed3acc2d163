package dev.mosaic.conf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static dev.mosaic.conf.Fixtures.URLS;
import static dev.mosaic.conf.Fixtures.load;
import static dev.mosaic.conf.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD: a layer for DATABASES.default over the files. */
class DatabaseUrlEnvironmentTest {
    @TempDir
    Path dir;

    private Settings load(Map<String, String> env) {
        Path file = write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\n"
                + "DATABASES: {default: {URL: 'jdbc:h2:file:./var/db', OPTIONS: {MAX_POOL_SIZE: 5}}}\n");
        return Fixtures.load(file, null, env, new Properties());
    }

    private static Map<String, Object> database(Settings s) {
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) s.databases().get("default");
        return d;
    }

    @Test
    void databaseUrlReplacesTheFilesUrlWithTheJdbcFormAndDecodedCredentials() {
        Settings s = load(Map.of("DATABASE_URL", "postgres://site:p%40ss%3Aw%2Frd%25+x@db.internal:5433/site?sslmode=require"));
        Map<String, Object> db = database(s);
        assertEquals("jdbc:postgresql://db.internal:5433/site?sslmode=require", db.get("URL"));
        assertEquals("site", db.get("USER"));
        assertEquals("p@ss:w/rd%+x", db.get("PASSWORD"), "percent-decoded; '+' stays '+'");
        assertEquals(Map.of("MAX_POOL_SIZE", 5), db.get("OPTIONS"), "keys it does not give stay as the file says");
        assertEquals("environment DATABASE_URL", s.origin("DATABASES"));
    }

    @Test
    void separateUserAndPasswordVariablesGoWithAUrlWithoutThem() {
        Settings s = load(Map.of("DATABASE_URL", "postgresql://127.0.0.1/site", "DATABASE_USER", "site",
                "DATABASE_PASSWORD", "s3cret"));
        assertEquals(Map.of("URL", "jdbc:postgresql://127.0.0.1/site", "USER", "site", "PASSWORD", "s3cret",
                "OPTIONS", Map.of("MAX_POOL_SIZE", 5)), database(s));
        assertEquals("environment DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD", s.origin("DATABASES"));
        Settings passwordOnly = load(Map.of("DATABASE_PASSWORD", "s3cret"));
        assertEquals("jdbc:h2:file:./var/db", database(passwordOnly).get("URL"));
        assertEquals("s3cret", database(passwordOnly).get("PASSWORD"));
    }

    @Test
    void theMosaicVariablesAndSystemPropertiesStillWin() {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "mysql://root@127.0.0.1:3306/site",
                "MOSAIC_DATABASES__default__URL", "jdbc:postgresql://db/site"));
        assertEquals("jdbc:postgresql://db/site", database(load(env)).get("URL"));
        assertEquals("root", database(load(env)).get("USER"));
        Path file = write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\n");
        Settings s = Fixtures.load(file, null, Map.of("DATABASE_URL", "mariadb://127.0.0.1/site"),
                Fixtures.props("mosaic.DATABASES__default__URL", "jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:mem:x", database(s).get("URL"));
    }

    @Test
    void jdbcAndH2UrlsAreTakenAsTheyAreAndABlankVariableIsUnset() {
        assertEquals("jdbc:postgresql://db:5432/site?user=x", database(load(Map.of("DATABASE_URL",
                "jdbc:postgresql://db:5432/site?user=x"))).get("URL"));
        assertEquals("jdbc:h2:mem:site", database(load(Map.of("DATABASE_URL", "h2:mem:site"))).get("URL"));
        Settings blank = load(Map.of("DATABASE_URL", "  "));
        assertEquals("jdbc:h2:file:./var/db", database(blank).get("URL"));
        assertFalse(blank.origin("DATABASES").startsWith("environment"));
    }

    @Test
    void aMalformedUrlStopsStartUpNamingTheVariableWithoutThePassword() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> load(Map.of("DATABASE_URL", "postgres://site:se/cret@db/site")));
        assertTrue(e.getMessage().startsWith("The environment variable DATABASE_URL is not a database URL that Mosaic"
                + " can use: its port is not a number from 1 to 65535 (a ':', '/' or '@' in the password must be"
                + " percent-encoded: %3A, %2F, %40). Write it as postgres://user:password@host:5432/name"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Fix: correct DATABASE_URL, or unset it and configure DATABASES.default in"
                + " the settings."), e.getMessage());
        assertFalse(e.getMessage().contains("cret"), "the password never appears: " + e.getMessage());
        ImproperlyConfigured scheme = assertThrows(ImproperlyConfigured.class,
                () -> load(Map.of("DATABASE_URL", "postgress://db/site")));
        assertTrue(scheme.getMessage().contains("its scheme 'postgress' is not one Mosaic knows. Did you mean"
                + " 'postgres'?"), scheme.getMessage());
    }

    @Test
    void aUserOrPasswordGivenTwiceStopsStartUp() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> load(Map.of(
                "DATABASE_URL", "postgres://site:pw@db/site", "DATABASE_PASSWORD", "other")));
        assertEquals("The environment variable DATABASE_URL has a password and DATABASE_PASSWORD is set too. Fix: give"
                + " it in one place: take it out of DATABASE_URL (DATABASE_URL=postgres://host:5432/name) or unset"
                + " DATABASE_PASSWORD.", e.getMessage());
    }
}
