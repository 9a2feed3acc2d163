package dev.mosaic.urls.internal;

import dev.mosaic.urls.ResolverMatch;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a match of one route produces. The search only checks that a route matches; the winner
 * then walks its own segments again ({@code steps}, then {@code tail}) to capture its values,
 * which arrive in "slots" in path order. A route without parameters has its match built once,
 * here: {@link ResolverMatch} is immutable. Django's rule applies: named values become kwargs, and
 * unnamed regex groups become positional args only when the route has no named ones
 * ({@code slotNames} is then all null).
 */
final class Target {
    final int index;
    private final FlatRoute route;
    private final String[] slotNames;
    private final boolean positional;
    private final boolean distinctNames;
    /** One per segment of the route before its tail: the matcher of a parameter segment, null for a static one. */
    private final SegmentMatcher[] steps;
    private final Tail tail;
    private final ResolverMatch fixed;

    Target(FlatRoute route, String[] slotNames, SegmentMatcher[] steps, Tail tail) {
        this.index = route.index();
        this.route = route;
        this.slotNames = slotNames;
        this.positional = slotNames.length > 0 && slotNames[0] == null;
        this.distinctNames = new HashSet<>(Arrays.asList(slotNames)).size() == slotNames.length;
        this.steps = steps;
        this.tail = tail;
        this.fixed = slotNames.length == 0 ? build(List.of(), Map.of()) : null;
    }

    /** Checks the tail only (the search reached its node); no values kept. */
    boolean tailMatches(String path, int offset) {
        return tail.match(path, offset, null, 0);
    }

    /** The match for {@code path[start..]}, which the search found this route to match. */
    ResolverMatch match(String path, int start) {
        if (fixed != null) {
            return fixed;
        }
        Object[] values = new Object[slotNames.length];
        int offset = start;
        int base = 0;
        for (SegmentMatcher step : steps) {
            int end = path.indexOf('/', offset);
            if (end < 0) {
                end = path.length();
            }
            if (step != null) {
                capture(step.match(path, offset, end, values, base));
                base += step.params;
            }
            offset = end + 1;
        }
        if (tail != null) {
            capture(tail.match(path, offset, values, base));
        }
        if (positional) {
            return build(Collections.unmodifiableList(Arrays.asList(values)), Map.of());
        }
        return build(List.of(), kwargs(values));
    }

    private void capture(boolean matched) {
        if (!matched) {
            throw new IllegalStateException("Route '" + route.route() + "' (" + route.conf() + ") matched when"
                    + " checked and not when its values were captured: a converter gave two answers for the same"
                    + " text. Make PathConverter.toJava depend only on its argument.");
        }
    }

    private Map<String, Object> kwargs(Object[] values) {
        int present = 0;
        for (Object v : values) {
            if (v != null) {
                present++; // an optional regex group that took no part is left out
            }
        }
        if (present == values.length && distinctNames) {
            return new Kwargs(slotNames, values);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < slotNames.length; i++) {
            if (values[i] != null) {
                map.put(slotNames[i], values[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private ResolverMatch build(List<Object> args, Map<String, Object> kwargs) {
        return new ResolverMatch(route.handler(), args, kwargs, route.name(), route.appNames(), route.namespaces(),
                route.route());
    }
}
