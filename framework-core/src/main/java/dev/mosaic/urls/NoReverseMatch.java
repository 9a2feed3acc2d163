package dev.mosaic.urls;

/** {@code reverse()} found no pattern for the name and arguments; the message lists what was tried. */
public class NoReverseMatch extends RuntimeException {
    public NoReverseMatch(String message) {
        super(message);
    }
}
