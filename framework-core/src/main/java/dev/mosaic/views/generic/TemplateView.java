package dev.mosaic.views.generic;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.View;

import java.util.Objects;

/**
 * Renders a template on GET (and HEAD). One line in a URL conf:
 * {@code path("about/", TemplateView.of("pages/about.html"), "about")}. Subclass it and
 * override {@link #contextData} to add to the context (path parameters and {@code view} are
 * already there).
 */
public class TemplateView extends View implements ContextMixin, TemplateResponseMixin {
    private final String templateName;

    public TemplateView(String templateName) {
        this.templateName = templateName;
    }

    /** For subclasses that override {@link #templateName()}. */
    protected TemplateView() {
        this(null);
    }

    /** A view rendering {@code templateName}, ready for {@code path(...)}. */
    public static Handler of(String templateName) {
        Objects.requireNonNull(templateName, "templateName");
        return View.asView(() -> new TemplateView(templateName));
    }

    @Override
    public String templateName() {
        if (templateName == null) {
            throw new ImproperlyConfigured(getClass().getName() + " has no template name. Pass one to"
                    + " TemplateView.of(...) or the TemplateView constructor, or override templateName().");
        }
        return templateName;
    }

    @Override
    public Response get(Request request) throws Exception {
        return renderToResponse(request, contextData(request));
    }
}
