package dev.mosaic.checks;

/**
 * One finding of a system check, with a stable id ({@code urls.E004}, {@code security.W004})
 * so that a project can silence it by id, and a hint that says the fix.
 */
public record CheckMessage(Level level, String id, String message, String hint) {
    public enum Level { DEBUG, INFO, WARNING, ERROR, CRITICAL }

    public static CheckMessage error(String id, String message, String hint) {
        return new CheckMessage(Level.ERROR, id, message, hint);
    }

    public static CheckMessage warning(String id, String message, String hint) {
        return new CheckMessage(Level.WARNING, id, message, hint);
    }

    public boolean isSerious() {
        return level.compareTo(Level.ERROR) >= 0;
    }

    @Override
    public String toString() {
        return "(" + id + ") " + message + (hint == null ? "" : "\n\tHINT: " + hint);
    }
}
