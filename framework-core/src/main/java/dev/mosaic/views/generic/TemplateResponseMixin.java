package dev.mosaic.views.generic;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.shortcuts.Shortcuts;

import java.util.Map;

/** Renders a named template with the project's template backend. */
public interface TemplateResponseMixin {

    /** The template to render, e.g. {@code "pages/about.html"}. */
    String templateName();

    default Response renderToResponse(Request request, Map<String, Object> context) {
        return Shortcuts.render(request, templateName(), context);
    }
}
