package dev.mosaic.benchmarks.servers;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.server.EmbeddedServer;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Mosaic as a new project runs it: {@link EmbeddedServer} (what {@code manage runserver} and a
 * runnable jar use), DEBUG off (so templates are parsed once and cached), the framework's default
 * MIDDLEWARE (the setting is left out, as in a new project's settings), and Thymeleaf through
 * framework-templates with the default context processors. {@code -Dbench.mosaic.middleware=a,b,c}
 * measures another list ({@code none} for an empty one). Prints the middleware it runs.
 */
public final class MosaicServer {
    private MosaicServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Workloads.open();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Settings settings = settings(key);
        EmbeddedServer server = EmbeddedServer.start(Application.start(settings), "127.0.0.1", Workloads.port());
        System.out.println("mosaic middleware: " + settings.middleware());
        server.join();
    }

    /** The benchmark project's settings, as its settings.yaml would hold them. */
    static Settings settings(byte[] secretKey) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "DEBUG", false,
                "SECRET_KEY", HexFormat.of().formatHex(secretKey),
                "ALLOWED_HOSTS", List.of("127.0.0.1", "localhost"),
                "ROOT_URLCONF", MosaicUrls.class.getName(),
                "INSTALLED_APPS", List.of(BenchApp.class.getName()),
                "TEMPLATES", Map.of("BACKEND", "dev.mosaic.templates.ThymeleafBackend", "APP_DIRS", true)));
        String chosen = System.getProperty("bench.mosaic.middleware");
        if (chosen != null) {
            values.put("MIDDLEWARE", "none".equals(chosen) ? List.of()
                    : Arrays.stream(chosen.split(",")).map(String::trim).toList());
        }
        return Settings.of(values);
    }
}
