package dev.mosaic.shortcuts;

import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.util.Map;

/**
 * Django's {@code django.shortcuts} for Java; import statically.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** Renders a template with the project's template backend into a 200 HTML response. */
    public static Response render(Request request, String templateName, Map<String, Object> context) {
        String html = request.app().templates().render(templateName, context, request);
        return Response.html(html).rendered(templateName, context);
    }

    /** Renders a template into an HTML response with {@code status}. */
    public static Response render(Request request, String templateName, Map<String, Object> context, int status) {
        return render(request, templateName, context).withStatus(status);
    }

    /** A 302 redirect to a URL name (with arguments), reversed: {@code redirect(request, "blog:index")}. */
    public static Response redirect(Request request, String viewName, Object... args) {
        return Response.redirect(request.reverse(viewName, args));
    }
}
