package dev.mosaic.template;

import dev.mosaic.http.Request;

import java.util.Map;

/**
 * A template engine, as core sees one. {@code framework-templates} provides the Thymeleaf
 * backend; name the implementation in {@code TEMPLATES.BACKEND}. It needs a public constructor
 * taking {@code (Settings, Apps)}; it is created once at start-up and shared by all threads.
 */
public interface TemplateBackend {

    /**
     * Renders {@code name} with {@code context}.
     *
     * @param request the current request (for context processors), or null outside a request
     * @throws TemplateDoesNotExist when no template has that name
     */
    String render(String name, Map<String, Object> context, Request request);

    /** True when a template with that name exists (used for the error pages 404.html, 500.html). */
    boolean exists(String name);
}
