package dev.mosaic.urls.internal;

import dev.mosaic.http.Handler;

/** A readable name for a view, for {@code manage showurls}. Start-up and tooling only. */
public final class ViewDescription {
    private ViewDescription() {
    }

    public static String of(Handler handler) {
        Class<?> c = handler.getClass();
        String className = c.getName();
        String text = handler.toString();
        boolean defaultToString = text.startsWith(className + "@");
        if (!defaultToString) {
            return text; // class-based view adapters name their view class
        }
        int lambda = className.indexOf("$$Lambda");
        if (lambda >= 0) {
            // A lambda or method reference: its class name starts with the class that wrote it.
            return "function view declared in " + className.substring(0, lambda);
        }
        return className;
    }
}
