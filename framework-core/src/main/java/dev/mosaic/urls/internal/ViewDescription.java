package dev.mosaic.urls.internal;

import dev.mosaic.http.Handler;
import dev.mosaic.views.WrappedView;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * A readable name for a view, for {@code manage showurls} and the debug error page, never for
 * serving a request: a class-based or generic view names itself ({@code toString}); a decorator
 * ({@link WrappedView}) is looked through to the view it wraps; a method reference reads
 * {@code com.example.BlogViews::index} and a lambda {@code lambda in com.example.SiteUrls.patterns()}.
 */
public final class ViewDescription {
    private ViewDescription() {
    }

    public static String of(Handler handler) {
        Handler view = handler;
        while (view instanceof WrappedView wrapper && wrapper.view() != null) {
            view = wrapper.view();
        }
        Class<?> c = view.getClass();
        String className = c.getName();
        int lambda = className.indexOf("$$Lambda");
        if (lambda >= 0) {
            String function = function(view);
            // Without its SerializedLambda (a named module that does not open the package), the
            // class name still starts with the class that wrote it.
            return function != null ? function : "function view declared in " + className.substring(0, lambda);
        }
        String text = view.toString();
        return text.startsWith(className + "@") ? className : text;
    }

    /**
     * What a lambda or method reference calls, from the {@link SerializedLambda} the compiler
     * gives every one of them, {@link Handler} being serializable for this; null when unreadable.
     */
    private static String function(Handler view) {
        SerializedLambda lambda;
        try {
            Method writeReplace = view.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            if (!(writeReplace.invoke(view) instanceof SerializedLambda l)) {
                return null;
            }
            lambda = l;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        String owner = lambda.getImplClass().replace('/', '.');
        String method = lambda.getImplMethodName();
        if (method.startsWith("lambda$")) {
            // javac names a lambda's body lambda$<enclosing method>$..., "new" and "static" for a
            // constructor and a static initializer.
            int start = "lambda$".length();
            int end = method.indexOf('$', start);
            String enclosing = method.substring(start, end < 0 ? method.length() : end);
            return "lambda in " + owner + switch (enclosing) {
                case "new" -> " (a constructor)";
                case "static" -> " (a static initializer)";
                default -> "." + enclosing + "()";
            };
        }
        return owner + "::" + ("<init>".equals(method) ? "new" : method);
    }
}
