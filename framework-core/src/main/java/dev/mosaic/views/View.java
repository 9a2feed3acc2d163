package dev.mosaic.views;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A class-based view: override one method per HTTP verb. A fresh instance serves each request,
 * so fields may hold per-request state. A verb without a method answers 405 with an
 * {@code Allow} header; HEAD is answered by {@link #get} and OPTIONS by the framework.
 *
 * <pre>{@code
 * public class PostDetail extends View {
 *     public Response get(Request request) { ... }
 * }
 * // in a URL conf:  path("<slug:slug>/", PostDetail::new, "detail")
 * }</pre>
 */
public abstract class View {

    public Response get(Request request) throws Exception {
        return null;
    }

    public Response post(Request request) throws Exception {
        return null;
    }

    public Response put(Request request) throws Exception {
        return null;
    }

    public Response patch(Request request) throws Exception {
        return null;
    }

    public Response delete(Request request) throws Exception {
        return null;
    }

    /** Dispatches to the method for the request's verb. */
    public Response dispatch(Request request) throws Exception {
        return switch (request.method()) {
            case "GET", "HEAD" -> get(request);
            case "POST" -> post(request);
            case "PUT" -> put(request);
            case "PATCH" -> patch(request);
            case "DELETE" -> delete(request);
            default -> Response.status(405);
        };
    }

    /** Adapts a view class to a {@link Handler}: a new instance per request. */
    public static Handler asView(Supplier<? extends View> factory) {
        Objects.requireNonNull(factory, "factory");
        return request -> factory.get().dispatch(request);
    }
}
