package dev.mosaic.http;

/**
 * An exception that a view throws to answer with an HTTP error status. The framework maps each
 * subclass to its status in one place (the exception layer of the middleware chain); the
 * message is shown to the client only when {@code DEBUG} is on.
 */
public abstract class HttpException extends RuntimeException {
    protected HttpException(String message) {
        super(message, null, false, false);
    }

    protected HttpException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** The HTTP status this exception answers with. */
    public abstract int status();
}
