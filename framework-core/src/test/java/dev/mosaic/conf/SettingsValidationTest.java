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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsValidationTest {
    @TempDir
    Path dir;

    private String error(String yaml) {
        return error(yaml, Map.of(), new Properties());
    }

    private String error(String yaml, Map<String, String> env, Properties props) {
        Path file = write(dir, "settings.yaml", yaml);
        return assertThrows(ImproperlyConfigured.class, () -> load(file, null, env, props)).getMessage()
                .replace(file.toString(), "settings.yaml");
    }

    @Test
    void wrongTypeNamesTheKeyTheFileAndTheFix() {
        assertEquals("Setting DEBUG (from classpath:dev/mosaic/conf/bad-debug.yaml) must be true or false, not the"
                        + " text 'yes please'. Fix: write DEBUG: true or DEBUG: false.",
                assertThrows(ImproperlyConfigured.class, () -> SettingsLoader.load(
                        "classpath:dev/mosaic/conf/bad-debug.yaml", null, Map.of(), new Properties())).getMessage());
    }

    @Test
    void wrongTypeFromTheEnvironmentSaysWhatToSet() {
        assertEquals("Setting DEBUG (from environment MOSAIC_DEBUG) must be true or false, not the text 'yes please'."
                        + " Fix: set MOSAIC_DEBUG=true or MOSAIC_DEBUG=false.",
                error("ROOT_URLCONF: " + URLS, Map.of("MOSAIC_DEBUG", "yes please"), new Properties()));
    }

    @Test
    void wrongTypeFromASystemPropertySaysWhatToPass() {
        assertEquals("Setting APPEND_SLASH (from system property mosaic.APPEND_SLASH) must be true or false, not the"
                        + " number 1. Fix: pass -Dmosaic.APPEND_SLASH=true or -Dmosaic.APPEND_SLASH=false.",
                error("ROOT_URLCONF: " + URLS, Map.of(), props("mosaic.APPEND_SLASH", "1")));
    }

    @Test
    void aLimitIsAWholeNumberOrEmptyForNoLimit() {
        Path file = write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\nDATA_UPLOAD_MAX_NUMBER_FIELDS: ~\n"
                + "DATA_UPLOAD_MAX_NUMBER_FILES: 5\nFILE_UPLOAD_MAX_MEMORY_SIZE: null\nDATA_UPLOAD_MAX_MEMORY_SIZE:\n");
        Settings s = load(file, null, Map.of(), new Properties());
        assertTrue(s.contains("DATA_UPLOAD_MAX_NUMBER_FIELDS"));
        assertEquals(null, s.get("DATA_UPLOAD_MAX_NUMBER_FIELDS"));
        assertEquals(5, s.integer("DATA_UPLOAD_MAX_NUMBER_FILES"));
        assertEquals(null, s.get("FILE_UPLOAD_MAX_MEMORY_SIZE"));
        assertEquals(null, s.get("DATA_UPLOAD_MAX_MEMORY_SIZE"));
        assertEquals(2_621_440L, Settings.of(Map.of("ROOT_URLCONF", URLS)).longValue("DATA_UPLOAD_MAX_MEMORY_SIZE"));
        assertEquals("Setting DATA_UPLOAD_MAX_MEMORY_SIZE (from settings.yaml) must be a whole number, or empty for"
                + " no limit, not the text 'lots'. Fix: write DATA_UPLOAD_MAX_MEMORY_SIZE: 10.",
                error("ROOT_URLCONF: " + URLS + "\nDATA_UPLOAD_MAX_MEMORY_SIZE: lots\n"));
        assertEquals("Setting DATA_UPLOAD_MAX_NUMBER_FILES (from settings.yaml) must not be negative, got -1. Fix: give"
                + " the largest value to accept, or leave it empty for no limit.",
                error("ROOT_URLCONF: " + URLS + "\nDATA_UPLOAD_MAX_NUMBER_FILES: -1\n"));
    }

    @Test
    void mapAndListTypesAreChecked() {
        assertEquals("Setting DATABASES (from settings.yaml) must be a mapping, not the text 'sqlite'."
                        + " Fix: write a mapping, e.g. DATABASES: {NAME: value}.",
                error("ROOT_URLCONF: " + URLS + "\nDATABASES: sqlite\n"));
        assertEquals("Setting ALLOWED_HOSTS (from settings.yaml) must be a list of texts, but one item is a mapping."
                        + " Fix: write ALLOWED_HOSTS: [first, second].",
                error("ROOT_URLCONF: " + URLS + "\nALLOWED_HOSTS: [{a: b}]\n"));
    }

    @Test
    void middlewareClassThatDoesNotExistIsNamed() {
        assertEquals("Setting MIDDLEWARE (from settings.yaml) lists com.example.Nope, which is not on the classpath."
                        + " Fix: check the package and spelling of the class name, or add the dependency that"
                        + " provides it.",
                error("ROOT_URLCONF: " + URLS + "\nMIDDLEWARE: [com.example.Nope]\n"));
    }

    @Test
    void middlewareClassThatIsNotAMiddlewareIsNamed() {
        String name = Fixtures.NotMiddleware.class.getName();
        assertEquals("Setting MIDDLEWARE (from settings.yaml) lists " + name + ", which does not implement"
                        + " dev.mosaic.middleware.Middleware. Fix: implement dev.mosaic.middleware.Middleware in "
                        + name + ", or remove it from MIDDLEWARE.",
                error("ROOT_URLCONF: " + URLS + "\nMIDDLEWARE: [" + Fixtures.NoopMiddleware.class.getName() + ", "
                        + name + "]\n"));
    }

    @Test
    void installedAppThatIsNotAnAppConfigIsNamed() {
        assertEquals("Setting INSTALLED_APPS (from settings.yaml) lists java.lang.String, which does not implement"
                        + " dev.mosaic.apps.AppConfig. Fix: implement dev.mosaic.apps.AppConfig in java.lang.String,"
                        + " or remove it from INSTALLED_APPS.",
                error("ROOT_URLCONF: " + URLS + "\nINSTALLED_APPS: [java.lang.String]\n"));
    }

    @Test
    void rootUrlconfThatIsNotAUrlConfIsNamed() {
        assertEquals("Setting ROOT_URLCONF (from settings.yaml) names java.lang.String, which does not implement"
                        + " dev.mosaic.urls.UrlConf. Fix: implement dev.mosaic.urls.UrlConf in java.lang.String,"
                        + " or remove it from ROOT_URLCONF.",
                error("ROOT_URLCONF: java.lang.String\n"));
    }

    @Test
    void rootUrlconfIsRequiredWhenLoadingFromFiles() {
        assertEquals("Setting ROOT_URLCONF is missing (settings came from settings.yaml). Fix: add"
                        + " ROOT_URLCONF: com.example.site.SiteUrls to settings.yaml, naming your project's root"
                        + " UrlConf class.",
                error("DEBUG: true\n"));
    }

    @Test
    void misspeltKeyIsAnErrorWithASuggestion() {
        assertEquals("Setting DEGUB (from settings.yaml) is not a known setting. Did you mean 'DEBUG'?"
                        + " Fix: rename it to DEBUG.",
                error("ROOT_URLCONF: " + URLS + "\nDEGUB: true\n"));
        assertEquals("Setting ALLOWED_HOST (from environment MOSAIC_ALLOWED_HOST) is not a known setting."
                        + " Did you mean 'ALLOWED_HOSTS'? Fix: rename it to ALLOWED_HOSTS.",
                error("ROOT_URLCONF: " + URLS, Map.of("MOSAIC_ALLOWED_HOST", "x"), new Properties()));
    }

    @Test
    void projectsOwnUpperSnakeKeysAreKeptAndOthersRejected() {
        Path file = write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\nPOSTS_PER_PAGE: 10\n");
        assertEquals(10, load(file, null, Map.of(), new Properties()).integer("POSTS_PER_PAGE"));
        assertEquals("Setting 'postsPerPage' (from settings.yaml) is not a known setting, and a project's own"
                        + " settings are UPPER_SNAKE_CASE. Fix: rename it to POSTS_PER_PAGE.",
                error("ROOT_URLCONF: " + URLS + "\npostsPerPage: 10\n"));
    }

    @Test
    void malformedYamlNamesTheFileLineAndColumn() {
        String message = error("ROOT_URLCONF: " + URLS + "\nALLOWED_HOSTS: [localhost\nDEBUG: true\n");
        assertTrue(message.startsWith("Malformed YAML in settings.yaml at line 3, column "), message);
        assertTrue(message.contains("expected ',' or ']'"), message);
        assertTrue(message.endsWith(". Fix: correct the YAML there; a missing ':' or space after it, a tab for"
                + " indentation or an unclosed bracket or quote are the usual causes."), message);
    }

    @Test
    void duplicateKeyInAFileIsMalformed() {
        String message = error("ROOT_URLCONF: " + URLS + "\nDEBUG: true\nDEBUG: false\n");
        assertTrue(message.startsWith("Malformed YAML in settings.yaml at line 3"), message);
        assertTrue(message.contains("DEBUG"), message);
        assertTrue(message.endsWith("Fix: keep one line per setting; a later layer (a profile file, the"
                + " environment) is the place for a different value."), message);
    }

    @Test
    void fileThatIsNotAMappingSaysWhatItShouldBe() {
        assertEquals("settings.yaml must be a mapping of setting names to values, not a list."
                        + " Fix: write one setting per line, e.g. DEBUG: true.",
                error("- DEBUG\n- true\n"));
    }

    @Test
    void textsFromPlaceholdersBecomeTheSettingsType() {
        Path file = write(dir, "settings.yaml", "ROOT_URLCONF: " + URLS + "\nDEBUG: ${ON:TRUE}\n"
                + "ALLOWED_HOSTS: ${HOSTS:a.example, b.example}\n");
        Settings s = load(file, null, Map.of(), new Properties());
        assertTrue(s.debug());
        assertEquals(List.of("a.example", "b.example"), s.allowedHosts());
    }
}
