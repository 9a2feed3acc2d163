package dev.mosaic.http;

/**
 * An exception that a view throws to answer with an HTTP error status. The framework maps each
 * subclass to its status in one place (the exception layer of the middleware chain).
 *
 * <p>Whether the client sees the message with {@code DEBUG} off is the subclass's decision,
 * {@link #messageIsPublic()}: a {@link BadRequest} describes the client's own mistake ("Malformed
 * JSON at line 2, column 3"), so it is shown; a 404 or 403 message may reveal what exists or
 * why access failed, and a {@link SuspiciousOperation} describes an attack, so those are not.
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

    /**
     * True when the message is written for the client and may be shown with {@code DEBUG} off.
     * Never put internal detail (class names, SQL, paths on the server) in such a message.
     */
    public boolean messageIsPublic() {
        return false;
    }
}
