package dev.mosaic.views;

import dev.mosaic.apps.Apps;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.template.TemplateBackend;
import dev.mosaic.template.TemplateDoesNotExist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A test-only template backend until framework-templates lands: reads
 * {@code src/test/resources/templates/<name>} and replaces {@code ${key}} with the
 * HTML-escaped context value. Select it with {@code TEMPLATES: {BACKEND: TinyTemplates}}.
 */
public final class TinyTemplates implements TemplateBackend {

    public TinyTemplates(Settings settings, Apps apps) {
    }

    public static Map<String, Object> setting() {
        return Map.of("BACKEND", TinyTemplates.class.getName());
    }

    @Override
    public String render(String name, Map<String, Object> context, Request request) {
        String text = read(name);
        for (Map.Entry<String, Object> e : context.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", escape(String.valueOf(e.getValue())));
        }
        return text;
    }

    @Override
    public boolean exists(String name) {
        return getClass().getClassLoader().getResource("templates/" + name) != null;
    }

    private String read(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new TemplateDoesNotExist("templates/" + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
