package dev.mosaic.conf;

/**
 * The project is misconfigured: a setting is missing, of the wrong type, or names a class that
 * does not exist. Thrown at start-up, never per request; the message names the setting, where
 * it came from, and the fix.
 */
public class ImproperlyConfigured extends RuntimeException {
    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
