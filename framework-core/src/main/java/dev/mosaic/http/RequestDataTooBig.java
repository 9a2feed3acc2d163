package dev.mosaic.http;

/**
 * The request body, or the non-file part of a multipart body, is larger than
 * {@code DATA_UPLOAD_MAX_MEMORY_SIZE}: answers 413. A {@link BadRequest}, so code that catches
 * bad input catches this too.
 */
public class RequestDataTooBig extends BadRequest {
    public RequestDataTooBig(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 413;
    }
}
