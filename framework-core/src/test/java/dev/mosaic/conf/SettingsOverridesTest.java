package dev.mosaic.conf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsOverridesTest {
    private final Settings base = Settings.of(Map.of("DEBUG", true, "ALLOWED_HOSTS", List.of("localhost")));

    @Test
    void withReturnsAChangedCopyAndLeavesTheOriginalAlone() {
        Settings changed = base.with("DEBUG", false);
        assertFalse(changed.debug());
        assertTrue(base.debug());
        assertEquals("Settings.with", changed.origin("DEBUG"));
        assertEquals(List.of("localhost"), changed.allowedHosts());
    }

    @Test
    void withIsValidatedLikeALoadedValue() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> base.with("DEBUG", "yes please"));
        assertEquals("Setting DEBUG (from Settings.with) must be true or false, not the text 'yes please'."
                + " Fix: write DEBUG: true or DEBUG: false.", e.getMessage());
        assertThrows(ImproperlyConfigured.class, () -> base.with("DEGUB", true));
    }

    @Test
    void ofDoesNotRequireARootUrlconf() {
        assertEquals(null, Settings.of(Map.of()).rootUrlconf());
    }

    @Test
    void assignmentsAreReadLikeEnvironmentVariables() {
        Settings s = base.withAssignments("a test", List.of("DEBUG=false", "ALLOWED_HOSTS=a.example,b.example",
                "DATABASES__default__URL=jdbc:h2:mem:t", "PAGE_SIZE=20"));
        assertFalse(s.debug());
        assertEquals(List.of("a.example", "b.example"), s.allowedHosts());
        assertEquals(Map.of("default", Map.of("URL", "jdbc:h2:mem:t")), s.databases());
        assertEquals(20, s.integer("PAGE_SIZE"));
        assertEquals("a test", s.origin("DEBUG"));
    }

    @Test
    void assignmentWithoutEqualsSignSaysTheForm() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> base.withAssignments("@WithSettings on it()", List.of("DEBUG")));
        assertEquals("'DEBUG' (in @WithSettings on it()) is not a setting assignment. Fix: write KEY=value,"
                + " e.g. DEBUG=true.", e.getMessage());
    }

    @Test
    void valuesAreImmutableAllTheWayDown() {
        Settings s = base.withAssignments("a test", List.of("DATABASES={default: {URL: x}}"));
        assertThrows(UnsupportedOperationException.class, () -> s.allowedHosts().add("x"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) s.databases().get("default");
        assertThrows(UnsupportedOperationException.class, () -> inner.put("URL", "y"));
    }

    @Test
    void equalSettingsAreEqualWhereverTheyCameFrom() {
        assertEquals(base.with("DEBUG", false), base.withAssignments("elsewhere", List.of("DEBUG=false")));
    }

    @Test
    void everyFrameworkSettingIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "settings.md"));
        for (SettingDefinition d : new GlobalSettings().definitions()) {
            assertTrue(docs.contains("### " + d.name() + "\n"), "docs/settings.md has no section for " + d.name());
        }
    }

    @Test
    void definitionsAreVisibleFromSettings() {
        SettingDefinition debug = base.definition("DEBUG").orElseThrow();
        assertEquals(SettingDefinition.Type.BOOLEAN, debug.type());
        assertEquals(false, debug.defaultValue());
        assertTrue(base.definition("PAGE_SIZE").isEmpty());
    }
}
