package dev.mosaic.middleware.internal;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;

/**
 * One layer of the chain with Django's {@code convert_exception_to_response} around it: an
 * exception thrown inside becomes a response right here, so every middleware further out still
 * sees a response (and can add its headers and cookies to an error page).
 */
final class Guard implements Handler {
    private final Handler inner;
    private final ExceptionResponder responder;
    private final String layer;

    Guard(Handler inner, ExceptionResponder responder, String layer) {
        this.inner = inner;
        this.responder = responder;
        this.layer = layer;
    }

    @Override
    public Response handle(Request request) {
        Response response;
        try {
            response = inner.handle(request);
        } catch (VirtualMachineError fatal) {
            if (!(fatal instanceof StackOverflowError)) {
                throw fatal;
            }
            return responder.respond(request, fatal);
        } catch (Throwable error) {
            return responder.respond(request, error);
        }
        if (response == null) {
            return responder.respond(request, new IllegalStateException("The middleware " + layer + " returned null"
                    + " instead of a Response. Return what next.handle(request) returned, or a Response of its own."));
        }
        return response;
    }

    @Override
    public String toString() {
        return layer;
    }
}
