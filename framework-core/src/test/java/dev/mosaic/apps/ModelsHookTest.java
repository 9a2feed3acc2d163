package dev.mosaic.apps;

import dev.mosaic.conf.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelsHookTest {
    /** Reports what it saw by failing, so the test needs no shared state. */
    public static final class ReportingHook implements ModelsHook {
        @Override
        public void modelsLoaded(Apps apps, Settings settings) {
            BlogApp blog = (BlogApp) apps.get("blog");
            throw new IllegalStateException("saw " + apps.models().size() + " models, blog events " + blog.events);
        }
    }

    @Test
    void hookRunsAfterModelsAreCollectedAndBeforeReady(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(ModelsHook.class.getName()), ReportingHook.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Apps.of(new BlogApp(), new PollsApp()));
            assertEquals("saw 3 models, blog events [models]", e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
