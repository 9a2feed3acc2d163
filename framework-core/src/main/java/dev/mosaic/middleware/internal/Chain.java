package dev.mosaic.middleware.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.internal.Instantiation;
import dev.mosaic.middleware.Middleware;

import java.util.List;

/** The middleware chain of {@code MIDDLEWARE}, built once at start-up, every layer guarded. */
public final class Chain {
    private final Guard outermost;

    private Chain(Guard outermost) {
        this.outermost = outermost;
    }

    /** Runs a request through every layer; never throws, never returns null. */
    public Response handle(Request request) {
        return outermost.handle(request);
    }

    /**
     * @param inner the innermost handler (resolve the path, call the view); it must not return null
     */
    public static Chain build(Settings settings, Handler inner, ExceptionResponder responder) {
        Guard h = new Guard(inner, responder, "(the view layer)");
        List<String> names = settings.middleware();
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            Middleware m = Instantiation.create(Middleware.class, name, settings, "MIDDLEWARE", "lists");
            Handler wrapped = m.wrap(h);
            if (wrapped == null) {
                throw new ImproperlyConfigured("Setting MIDDLEWARE (from " + settings.origin("MIDDLEWARE") + ") lists "
                        + name + ", whose wrap(next) returned null. Fix: return next itself to opt out of the chain.");
            }
            if (wrapped != h) {
                h = new Guard(wrapped, responder, name);
            }
        }
        return new Chain(h);
    }
}
