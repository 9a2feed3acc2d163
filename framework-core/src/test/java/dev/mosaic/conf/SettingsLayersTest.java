package dev.mosaic.conf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static dev.mosaic.conf.Fixtures.URLS;
import static dev.mosaic.conf.Fixtures.load;
import static dev.mosaic.conf.Fixtures.props;
import static dev.mosaic.conf.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsLayersTest {
    @TempDir
    Path dir;

    private Path base(String more) {
        return write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\n" + more);
    }

    @Test
    void defaultsFillWhatTheFileLeavesOut() {
        Settings s = load(base("DEBUG: true\n"), null, Map.of(), new Properties());
        assertTrue(s.debug());
        assertTrue(s.appendSlash());
        assertEquals(2_621_440L, s.longValue("DATA_UPLOAD_MAX_MEMORY_SIZE"));
        assertEquals(List.of(), s.allowedHosts());
        assertEquals("framework defaults", s.origin("APPEND_SLASH"));
        assertEquals(base("").toString(), s.origin("DEBUG"));
    }

    @Test
    void profileFileNextToTheBaseOverridesItAndMergesMaps() {
        Path file = base("DEBUG: true\nALLOWED_HOSTS: [localhost]\n"
                + "DATABASES: {default: {URL: 'jdbc:h2:mem:dev', USER: sa}}\n");
        write(dir, "settings.prod.yaml", "DEBUG: false\nALLOWED_HOSTS: [example.com]\n"
                + "DATABASES: {default: {URL: 'jdbc:postgresql://db/site'}}\n");
        Settings s = load(file, "prod", Map.of(), new Properties());
        assertFalse(s.debug());
        assertEquals(List.of("example.com"), s.allowedHosts());
        assertEquals(Map.of("default", Map.of("URL", "jdbc:postgresql://db/site", "USER", "sa")), s.databases());
        assertEquals(dir.resolve("settings.prod.yaml").toString(), s.origin("DEBUG"));
    }

    @Test
    void profileComesFromTheEnvironmentThenTheSystemProperty() {
        Path file = base("");
        write(dir, "settings.staging.yaml", "SITE_NAME: staging\n");
        write(dir, "settings.ci.yaml", "SITE_NAME: ci\n");
        assertEquals("staging", load(file, null, Map.of("MOSAIC_PROFILE", "staging"),
                props("mosaic.profile", "ci")).string("SITE_NAME"));
        assertEquals("ci", load(file, null, Map.of(), props("mosaic.profile", "ci")).string("SITE_NAME"));
        assertFalse(load(file, null, Map.of(), new Properties()).contains("SITE_NAME"));
    }

    @Test
    void namedProfileWithoutItsFileIsAnError() {
        Path file = base("");
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> load(file, null, Map.of("MOSAIC_PROFILE", "prod"), new Properties()));
        assertEquals("Profile 'prod' (from environment MOSAIC_PROFILE) needs " + dir.resolve("settings.prod.yaml")
                + ", which does not exist. Fix: create it next to " + file + ", or choose another profile.",
                e.getMessage());
    }

    @Test
    void environmentOverridesFilesAndSystemPropertiesOverrideTheEnvironment() {
        Path file = base("DEBUG: true\nAPPEND_SLASH: true\n");
        Settings s = load(file, null, Map.of("MOSAIC_DEBUG", "false", "MOSAIC_APPEND_SLASH", "false"),
                props("mosaic.APPEND_SLASH", "true"));
        assertFalse(s.debug());
        assertEquals("environment MOSAIC_DEBUG", s.origin("DEBUG"));
        assertTrue(s.appendSlash());
        assertEquals("system property mosaic.APPEND_SLASH", s.origin("APPEND_SLASH"));
    }

    @Test
    void environmentValuesAreYamlAndListSettingsAlsoTakeCommas() {
        Settings s = load(base(""), null, Map.of(
                "MOSAIC_ALLOWED_HOSTS", "example.com, www.example.com",
                "MOSAIC_SECRET_KEY_FALLBACKS", "[old-1, old-2]",
                "MOSAIC_PAGE_SIZE", "25",
                "MOSAIC_SECRET_KEY", "abc #not-a-comment: {}"), new Properties());
        assertEquals(List.of("example.com", "www.example.com"), s.allowedHosts());
        assertEquals(List.of("old-1", "old-2"), s.secretKeyFallbacks());
        assertEquals(25, s.integer("PAGE_SIZE"));
        assertEquals("abc #not-a-comment: {}", s.secretKey());
    }

    @Test
    void doubleUnderscoreReachesIntoMappingsWhichMergeWithTheFile() {
        Path file = base("DATABASES: {default: {URL: 'jdbc:h2:mem:dev', USER: sa}}\n");
        Settings s = load(file, null, Map.of("MOSAIC_DATABASES__default__URL", "jdbc:postgresql://db/site"),
                props("mosaic.DATABASES__replica__URL", "jdbc:postgresql://replica/site"));
        assertEquals(Map.of(
                "default", Map.of("URL", "jdbc:postgresql://db/site", "USER", "sa"),
                "replica", Map.of("URL", "jdbc:postgresql://replica/site")), s.databases());
    }

    @Test
    void placeholdersTakeTheEnvironmentThenSystemPropertiesThenTheDefault() {
        Path file = base("SECRET_KEY: ${SECRET:dev-only}\nDEBUG: ${DEBUG_ON:false}\n"
                + "DATABASES: {default: {URL: 'jdbc:postgresql://${DB_HOST}/site'}}\n");
        Settings fromEnv = load(file, null, Map.of("SECRET", "s3cret", "DB_HOST", "db"),
                props("SECRET", "ignored", "DEBUG_ON", "true"));
        assertEquals("s3cret", fromEnv.secretKey());
        assertTrue(fromEnv.debug());
        assertEquals(Map.of("URL", "jdbc:postgresql://db/site"), fromEnv.databases().get("default"));
        assertEquals("dev-only", load(file, null, Map.of("DB_HOST", "db"), new Properties()).secretKey());
    }

    @Test
    void placeholderWithoutValueOrDefaultNamesTheKeyTheFileAndTheVariable() {
        Path file = base("DATABASES: {default: {URL: 'jdbc:postgresql://${DB_HOST}/site'}}\n");
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> load(file, null, Map.of(), new Properties()));
        assertEquals("Setting DATABASES.default.URL (from " + file + ") uses ${DB_HOST}, which is not set in the"
                + " environment or the system properties. Fix: set DB_HOST, or give a default: ${DB_HOST:value}.",
                e.getMessage());
    }

    @Test
    void settingsFileComesFromTheEnvironmentWhenNotGiven() {
        Path file = base("SITE_NAME: from-env-location\n");
        Settings s = SettingsLoader.load(null, null, Map.of("MOSAIC_SETTINGS", file.toString()), new Properties());
        assertEquals("from-env-location", s.string("SITE_NAME"));
    }

    @Test
    void classpathLocationAndItsProfileSibling() {
        Settings s = SettingsLoader.load("classpath:dev/mosaic/conf/site.yaml", "prod", Map.of(), new Properties());
        assertFalse(s.debug());
        assertEquals(List.of("example.com"), s.allowedHosts());
        assertEquals("classpath:dev/mosaic/conf/site.prod.yaml", s.origin("DEBUG"));
        assertEquals("classpath:dev/mosaic/conf/site.yaml", s.origin("ROOT_URLCONF"));
    }

    @Test
    void missingSettingsFileSaysHowToCreateIt() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> SettingsLoader.load("classpath:nowhere/settings.yaml", null, Map.of(), new Properties()));
        assertEquals("The settings file classpath:nowhere/settings.yaml does not exist. Fix: create it, or point"
                + " MOSAIC_SETTINGS at your settings file.", e.getMessage());
    }
}
