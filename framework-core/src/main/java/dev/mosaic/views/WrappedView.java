package dev.mosaic.views;

import dev.mosaic.http.Handler;

/**
 * A view that wraps another: what a view decorator returns ({@link Views#requirePost},
 * {@code Csrf.exempt}, {@code Auth.loginRequired}...). Tools that name a view, such as
 * {@code manage showurls}, look through it to the view it wraps, as Python tools follow what
 * {@code functools.wraps} keeps in {@code __wrapped__}. Implement it in your own decorators:
 *
 * <pre>{@code
 * record Timed(Handler view) implements WrappedView {
 *     public Response handle(Request request) throws Exception {
 *         long start = System.nanoTime();
 *         try { return view.handle(request); } finally { log(System.nanoTime() - start); }
 *     }
 * }
 * }</pre>
 */
public interface WrappedView extends Handler {
    /** The view this one calls. */
    Handler view();
}
