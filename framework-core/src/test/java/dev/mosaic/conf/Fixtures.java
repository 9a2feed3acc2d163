package dev.mosaic.conf;

import dev.mosaic.http.Handler;
import dev.mosaic.middleware.Middleware;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Classes and helpers the settings tests name. */
final class Fixtures {
    private Fixtures() {
    }

    public static final class SiteUrls implements UrlConf {
        @Override
        public List<UrlPattern> patterns() {
            return List.of();
        }
    }

    public static final class NoopMiddleware implements Middleware {
        @Override
        public Handler wrap(Handler next) {
            return next;
        }
    }

    /** Exists, but is not a middleware. */
    public static final class NotMiddleware {
    }

    static final String URLS = SiteUrls.class.getName();

    static Path write(Path dir, String name, String yaml) {
        try {
            return Files.writeString(dir.resolve(name), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    static Settings load(Path file, String profile, Map<String, String> env, Properties props) {
        return SettingsLoader.load(file.toString(), profile, env, props);
    }
}
