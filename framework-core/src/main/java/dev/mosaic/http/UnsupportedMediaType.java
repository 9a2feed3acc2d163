package dev.mosaic.http;

/** The body's {@code Content-Type} is not one the view accepts: answers 415. */
public class UnsupportedMediaType extends HttpException {
    public UnsupportedMediaType(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 415;
    }
}
