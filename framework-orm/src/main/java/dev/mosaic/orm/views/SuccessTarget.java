package dev.mosaic.orm.views;

import dev.mosaic.http.Request;
import dev.mosaic.views.generic.SuccessMessage;
import dev.mosaic.views.generic.UrlTemplate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where CreateView, UpdateView and DeleteView go after their work, and what they say: a URL
 * filled from the object ({@code "/posts/{id}/"}), or a URL name reversed with some of its
 * values, and an optional success message filled the same way. Parsed once, when the URL conf
 * is built.
 *
 * <p>Under a context path (a WAR at {@code /shop}) the rules are core's: a reversed URL name
 * has it already (the URL tree was compiled with it); a relative path ({@code "posts/{id}/"})
 * gets it, as a relative {@code STATIC_URL} does; a path from the host's root ({@code "/posts/"})
 * or a URL with a scheme is used as written, as in Django.
 */
record SuccessTarget(UrlTemplate url, String patternName, List<String> args, SuccessMessage message) {

    static SuccessTarget of(String successUrl, String... args) {
        if (successUrl == null || successUrl.isBlank()) {
            throw new IllegalArgumentException("A create, update or delete view needs a success URL: a path such as"
                    + " \"/posts/{id}/\", or a URL name such as \"blog:post-detail\" with the fields that fill it.");
        }
        if (successUrl.contains("/")) {
            if (args.length > 0) {
                throw new IllegalArgumentException("The success URL " + successUrl + " is a path; {field} placeholders"
                        + " fill it, so it takes no arguments " + List.of(args) + ".");
            }
            return new SuccessTarget(UrlTemplate.parse(successUrl), null, List.of(), null);
        }
        return new SuccessTarget(null, successUrl, List.of(args), null);
    }

    SuccessTarget withMessage(String text) {
        return new SuccessTarget(url, patternName, args, SuccessMessage.of(text));
    }

    /** The path parameters with the saved object's values over them. */
    static Map<String, Object> values(Request request, Map<String, Object> object) {
        Map<String, Object> all = new HashMap<>(request.pathParams());
        all.putAll(object);
        return all;
    }

    String url(Request request, Map<String, Object> values) {
        if (url != null) {
            return underContextPath(request, url.fill(values));
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String name : args) {
            kwargs.put(name, values.get(name));
        }
        return kwargs.isEmpty() ? request.reverse(patternName) : request.app().urls().reverse(patternName, kwargs);
    }

    /**
     * {@code posts/7/} as {@code /shop/posts/7/} under the context path {@code /shop}; a path from
     * the root, one relative to the page ({@code ./}, {@code ../}) and a URL with a scheme as written.
     */
    static String underContextPath(Request request, String target) {
        if (target.startsWith("/") || target.startsWith(".") || target.startsWith("?") || target.startsWith("#")
                || hasScheme(target)) {
            return target;
        }
        return request.contextPath() + "/" + target;
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
