package dev.mosaic.http;

/**
 * Anything that turns a request into a response: a function-based view, a class-based view
 * adapted by {@code View.asView}, or a middleware-wrapped chain. Register function views by
 * method reference: {@code path("", BlogViews::index, "index")}.
 */
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws Exception;
}
