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

    /** The message tells the client what was wrong with its request, so it is shown. */
    @Override
    public boolean messageIsPublic() {
        return true;
    }

    @Override
    public int status() {
        return 400;
    }
}
