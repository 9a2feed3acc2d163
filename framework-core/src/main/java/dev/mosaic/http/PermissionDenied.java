package dev.mosaic.http;

/** Thrown by a view to answer with status 403. */
public class PermissionDenied extends HttpException {
    public PermissionDenied() {
        super("Permission denied.");
    }

    public PermissionDenied(String message) {
        super(message);
    }

    public PermissionDenied(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 403;
    }
}
