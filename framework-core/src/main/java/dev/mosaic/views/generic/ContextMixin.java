package dev.mosaic.views.generic;

import dev.mosaic.http.Request;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a template context: the path parameters and {@code view}; override to add more. */
public interface ContextMixin {

    /**
     * The context a generic view renders with. Override and start from the default:
     * <pre>{@code
     * public Map<String, Object> contextData(Request request) {
     *     var context = TemplateView.super.contextData(request);   // or ContextMixin.super
     *     context.put("latest", Post.objects.latest("published"));
     *     return context;
     * }
     * }</pre>
     */
    default Map<String, Object> contextData(Request request) {
        Map<String, Object> context = new LinkedHashMap<>(request.pathParams());
        context.put("view", this);
        return context;
    }
}
