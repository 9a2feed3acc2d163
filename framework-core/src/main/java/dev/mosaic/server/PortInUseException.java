package dev.mosaic.server;

/** The embedded server could not bind its port because another process holds it. */
public final class PortInUseException extends RuntimeException {
    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is already in use. Stop the other process or run `manage runserver "
                + (port + 1) + "`.", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
