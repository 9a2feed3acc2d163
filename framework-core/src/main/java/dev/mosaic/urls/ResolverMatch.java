package dev.mosaic.urls;

import dev.mosaic.http.Handler;

import java.util.List;
import java.util.Map;

/**
 * The result of resolving a path (Django's {@code ResolverMatch}): the view to call, its
 * arguments, the URL name, and the namespaces it was included under.
 *
 * @param handler     the view
 * @param args        positional arguments (unnamed groups of a {@code rePath})
 * @param kwargs      named arguments, converted by their converters
 * @param urlName     the route's name, or null
 * @param appNames    application namespaces, outermost first
 * @param namespaces  instance namespaces, outermost first
 * @param route       the full pattern that matched, as written (prefixes joined)
 */
public record ResolverMatch(Handler handler, List<Object> args, Map<String, Object> kwargs, String urlName,
                            List<String> appNames, List<String> namespaces, String route) {

    /** {@code "blog:detail"} style: the namespaces and the name, or null for an unnamed route. */
    public String viewName() {
        if (urlName == null) {
            return null;
        }
        return namespaces.isEmpty() ? urlName : String.join(":", namespaces) + ":" + urlName;
    }

    public String namespace() {
        return String.join(":", namespaces);
    }

    public String appName() {
        return String.join(":", appNames);
    }
}
