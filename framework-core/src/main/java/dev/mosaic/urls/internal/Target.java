package dev.mosaic.urls.internal;

import dev.mosaic.http.Handler;
import dev.mosaic.urls.ResolverMatch;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a match of one route produces. Captured values arrive in "slots" in path order; Django's
 * rule applies: named values become kwargs, and unnamed regex groups become positional args only
 * when the route has no named ones ({@code slotNames} is then all null).
 */
final class Target {
    final int index;
    private final FlatRoute route;
    private final String[] slotNames;
    private final boolean positional;

    Target(FlatRoute route, String[] slotNames) {
        this.index = route.index();
        this.route = route;
        this.slotNames = slotNames;
        this.positional = slotNames.length > 0 && slotNames[0] == null;
    }

    int slots() {
        return slotNames.length;
    }

    ResolverMatch match(Object[] values) {
        List<Object> args = List.of();
        Map<String, Object> kwargs = Map.of();
        if (positional) {
            args = Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(values, slotNames.length)));
        } else if (slotNames.length > 0) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < slotNames.length; i++) {
                if (values[i] != null) {
                    map.put(slotNames[i], values[i]); // an optional regex group that took no part is left out
                }
            }
            kwargs = Collections.unmodifiableMap(map);
        }
        Handler handler = route.handler();
        return new ResolverMatch(handler, args, kwargs, route.name(), route.appNames(), route.namespaces(), route.route());
    }
}
