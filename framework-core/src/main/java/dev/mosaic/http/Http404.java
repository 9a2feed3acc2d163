package dev.mosaic.http;

/** Thrown by a view to answer with status 404. */
public class Http404 extends HttpException {
    public Http404() {
        super("The requested resource was not found.");
    }

    public Http404(String message) {
        super(message);
    }

    public Http404(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 404;
    }
}
