package dev.mosaic.http;

import java.io.Serializable;

/**
 * Anything that turns a request into a response: a function-based view, a class-based view
 * adapted by {@code View.asView}, or a middleware-wrapped chain. Register function views by
 * method reference: {@code path("", BlogViews::index, "index")}.
 *
 * <p>It is {@link Serializable} only so that the compiler records, in every lambda and method
 * reference made a {@code Handler}, the method it calls: {@code manage showurls} then names a
 * view {@code BlogViews::index} instead of a generated class. Mosaic never serializes a handler.
 */
@FunctionalInterface
public interface Handler extends Serializable {
    Response handle(Request request) throws Exception;
}
