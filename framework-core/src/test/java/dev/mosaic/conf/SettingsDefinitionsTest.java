package dev.mosaic.conf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsDefinitionsTest {
    public static final class PagingSettings implements SettingsDefinitions {
        @Override
        public List<SettingDefinition> definitions() {
            return List.of(SettingDefinition.integer("PAGE_SIZE", 50, "Items per page."));
        }
    }

    public static final class ClashingSettings implements SettingsDefinitions {
        @Override
        public List<SettingDefinition> definitions() {
            return List.of(SettingDefinition.string("DEBUG", "", "Not the framework's DEBUG."));
        }
    }

    @TempDir
    Path dir;

    /** Runs {@code body} with a context class loader that registers {@code provider} as a service. */
    private <T> T withProvider(Class<?> provider, Supplier<T> body) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(SettingsDefinitions.class.getName()), provider.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void modulesContributeDefinitionsWithDefaultsAndTypes() throws Exception {
        assertEquals(50, withProvider(PagingSettings.class, () -> Settings.of(Map.of())).integer("PAGE_SIZE"));
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> withProvider(PagingSettings.class, () -> Settings.of(Map.of("PAGE_SIZE", "many"))));
        assertEquals("Setting PAGE_SIZE (from Settings.of) must be a whole number, not the text 'many'."
                + " Fix: write PAGE_SIZE: 10.", e.getMessage());
    }

    @Test
    void aSettingDefinedTwiceNamesBothModules() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> withProvider(ClashingSettings.class, () -> Settings.of(Map.of())));
        assertEquals("Setting DEBUG is defined twice, by dev.mosaic.conf.GlobalSettings and "
                + ClashingSettings.class.getName() + ". Fix: remove one definition, or rename the module's own"
                + " setting.", e.getMessage());
    }
}
