package dev.mosaic.http;

/**
 * The request looks like an attack or a client bug (a forged header, a path outside a root).
 * Answers 400 and is logged at WARN; like Django, the details never reach the client unless
 * {@code DEBUG} is on.
 */
public class SuspiciousOperation extends BadRequest {
    public SuspiciousOperation(String message) {
        super(message);
    }

    /** The message describes an attack or a forged value: it goes to the log, not the client. */
    @Override
    public boolean messageIsPublic() {
        return false;
    }
}
