package dev.mosaic.template;

/** No template with the name was found; the message lists the places searched. */
public class TemplateDoesNotExist extends RuntimeException {
    public TemplateDoesNotExist(String message) {
        super(message);
    }
}
