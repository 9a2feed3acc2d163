package dev.mosaic.http;

/** Thrown by a view to answer with status 400. */
public class BadRequest extends HttpException {
    public BadRequest() {
        super("Bad request.");
    }

    public BadRequest(String message) {
        super(message);
    }

    public BadRequest(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 400;
    }
}
