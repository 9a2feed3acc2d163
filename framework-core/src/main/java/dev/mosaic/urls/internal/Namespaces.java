package dev.mosaic.urls.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.internal.Suggestions;
import dev.mosaic.urls.NoReverseMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance and application namespaces of included URL configurations, level by level, and
 * Django's rule for {@code reverse("blog:detail")}: "blog" is an instance namespace, else an
 * application namespace whose default instance (same name) or last deployed instance is used.
 */
public final class Namespaces {
    private static final class Level {
        final Map<String, String> instances = new LinkedHashMap<>(); // instance namespace -> where it was included
        final Map<String, List<String>> apps = new HashMap<>();       // app namespace -> its instances, in order
    }

    private final Map<String, Level> levels = new HashMap<>();

    /** Registers {@code instance} (of {@code app}, may be null) under {@code parent} ("" for the root). */
    void register(String parent, String instance, String app, String where) {
        Level level = levels.computeIfAbsent(parent, k -> new Level());
        String earlier = level.instances.putIfAbsent(instance, where);
        if (earlier != null) {
            throw new ImproperlyConfigured("URL namespace '" + instance + "'"
                    + (parent.isEmpty() ? "" : " inside '" + parent + "'") + " is registered twice: by " + earlier
                    + " and by " + where + ". Give one include its own instance namespace, e.g."
                    + " include(Urls.class, \"" + instance + "2\").");
        }
        if (app != null) {
            level.apps.computeIfAbsent(app, k -> new ArrayList<>()).add(instance);
        }
    }

    /** The instance path ({@code "blog:comments"}) for namespaces as written in a reverse() name. */
    public String resolve(List<String> written) {
        String path = "";
        for (String token : written) {
            Level level = levels.get(path);
            String instance = null;
            if (level != null) {
                if (level.instances.containsKey(token)) {
                    instance = token;
                } else if (level.apps.containsKey(token)) {
                    List<String> all = level.apps.get(token);
                    instance = all.get(all.size() - 1);
                }
            }
            if (instance == null) {
                List<String> known = new ArrayList<>();
                if (level != null) {
                    known.addAll(level.instances.keySet());
                    known.addAll(level.apps.keySet());
                }
                throw new NoReverseMatch("'" + token + "' is not a registered namespace"
                        + (path.isEmpty() ? "" : " inside '" + path + "'") + "." + Suggestions.didYouMean(token, known));
            }
            path = path.isEmpty() ? instance : path + ":" + instance;
        }
        return path;
    }
}
