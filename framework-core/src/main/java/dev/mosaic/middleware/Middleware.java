package dev.mosaic.middleware;

import dev.mosaic.http.Handler;

/**
 * A middleware wraps the rest of the chain: given the next handler it returns a handler that
 * may act before and after calling it, or answer on its own. {@code wrap} is called once, at
 * start-up, when the chain is built from {@code MIDDLEWARE}; returning {@code next} itself
 * opts out (Django's {@code MiddlewareNotUsed}).
 *
 * <pre>{@code
 * public final class TimingMiddleware implements Middleware {
 *     public Handler wrap(Handler next) {
 *         return request -> {
 *             long t0 = System.nanoTime();
 *             Response r = next.handle(request);
 *             return r.header("Server-Timing", "app;dur=" + (System.nanoTime() - t0) / 1e6);
 *         };
 *     }
 * }
 * }</pre>
 *
 * A class listed in {@code MIDDLEWARE} needs a public constructor taking {@code Settings}, or
 * none.
 */
@FunctionalInterface
public interface Middleware {
    Handler wrap(Handler next);
}
