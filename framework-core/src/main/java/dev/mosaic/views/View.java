package dev.mosaic.views;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A class-based view: override one public method per HTTP verb you answer. A fresh instance
 * serves each request, so fields may hold per-request state.
 *
 * <ul>
 *   <li>A verb without a method answers 405 with an {@code Allow} header listing the verbs the
 *       class does answer; so do verbs Mosaic does not dispatch (TRACE, made-up ones).</li>
 *   <li>HEAD is answered by {@link #get} unless the class overrides {@link #head}.</li>
 *   <li>OPTIONS answers 200 with {@code Allow} and an empty body unless overridden.</li>
 * </ul>
 *
 * <pre>{@code
 * public class PostDetail extends View {
 *     public Response get(Request request) { ... }
 * }
 * // in a URL conf:  path("<slug:slug>/", PostDetail::new, "detail")
 * }</pre>
 *
 * Which verbs a class overrides is worked out once per class, when the URL conf is compiled
 * (Mosaic creates one instance then to learn the class, so keep constructors cheap), and never
 * per request. Shared behaviour belongs in small interfaces with default methods (mixins),
 * not in deeper class hierarchies: at most {@code View} and one generic view above yours.
 */
public abstract class View {
    private ViewMethods methods;

    public Response get(Request request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    public Response post(Request request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    public Response put(Request request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    public Response patch(Request request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    public Response delete(Request request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answers with {@link #get} (headers and length of a GET; the server drops the body). */
    public Response head(Request request) throws Exception {
        return get(request);
    }

    /** 200 with {@code Allow} and an empty body, as RFC 9110 suggests. */
    public Response options(Request request) throws Exception {
        return Response.empty(200).header("Allow", methods().allowHeader()).header("Content-Length", "0");
    }

    /**
     * Calls the method for the request's verb, or {@link #httpMethodNotAllowed}. Override it to
     * run something before every verb (a permission check), then call {@code super.dispatch}.
     */
    public Response dispatch(Request request) throws Exception {
        ViewMethods m = methods();
        String verb = request.method();
        if (!m.allows(verb)) {
            return httpMethodNotAllowed(request);
        }
        return switch (verb) {
            case "GET" -> get(request);
            case "POST" -> post(request);
            case "PUT" -> put(request);
            case "PATCH" -> patch(request);
            case "DELETE" -> delete(request);
            case "HEAD" -> head(request);
            case "OPTIONS" -> options(request);
            default -> httpMethodNotAllowed(request);
        };
    }

    /** {@link Response#methodNotAllowed}, with the {@code Allow} header this class earns. */
    public Response httpMethodNotAllowed(Request request) {
        return Response.methodNotAllowed(methods().allowHeader());
    }

    /** The verbs this class answers, as sent in {@code Allow}: {@code "GET, HEAD, OPTIONS"}. */
    public final String allowedMethods() {
        return methods().allowHeader();
    }

    private ViewMethods methods() {
        if (methods == null) {
            // Only when an instance is used outside asView (a unit test calling dispatch).
            methods = ViewMethods.of(getClass());
        }
        return methods;
    }

    final void setMethods(ViewMethods methods) {
        this.methods = methods;
    }

    /**
     * Adapts a view class to a {@link Handler}: a new instance per request. The factory must
     * always return the same class; {@link Object#toString()} of the handler is its name.
     */
    public static Handler asView(Supplier<? extends View> factory) {
        Objects.requireNonNull(factory, "factory");
        return new ViewHandler(factory);
    }
}
