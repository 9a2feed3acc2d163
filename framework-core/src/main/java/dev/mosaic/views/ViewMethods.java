package dev.mosaic.views;

import dev.mosaic.http.Request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The verbs a view class answers, found once per class by looking at which of {@link View}'s
 * verb methods it overrides. Immutable; shared by every instance of the class.
 */
final class ViewMethods {
    private static final String[] VERBS = {"get", "post", "put", "patch", "delete", "head", "options"};
    private static final ClassValue<ViewMethods> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected ViewMethods computeValue(Class<?> type) {
            return inspect((Class<? extends View>) type);
        }
    };

    private final Set<String> allowed;
    private final String allowHeader;

    private ViewMethods(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
        this.allowHeader = String.join(", ", allowed);
    }

    /** The verbs of {@code viewClass}, inspected once per class (at start-up) and then cached. */
    static ViewMethods of(Class<? extends View> viewClass) {
        return CACHE.get(viewClass);
    }

    private static ViewMethods inspect(Class<? extends View> viewClass) {
        List<String> allowed = new ArrayList<>();
        boolean get = overrides(viewClass, "get");
        for (String verb : VERBS) {
            boolean yes = switch (verb) {
                case "head" -> get || overrides(viewClass, "head");
                case "options" -> true;
                default -> overrides(viewClass, verb);
            };
            if (yes) {
                allowed.add(verb.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return new ViewMethods(allowed);
    }

    private static boolean overrides(Class<?> c, String name) {
        try {
            Method m = c.getMethod(name, Request.class);
            return m.getDeclaringClass() != View.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("View." + name + "(Request) is missing", e);
        }
    }

    boolean allows(String verb) {
        return allowed.contains(verb);
    }

    String allowHeader() {
        return allowHeader;
    }
}
