package dev.mosaic.http;

/** The body's {@code Content-Type} is not one the view accepts: answers 415. */
public class UnsupportedMediaType extends HttpException {
    public UnsupportedMediaType(String message) {
        super(message);
    }

    /** The message names the media type the view accepts, which the client needs to know. */
    @Override
    public boolean messageIsPublic() {
        return true;
    }

    @Override
    public int status() {
        return 415;
    }
}
