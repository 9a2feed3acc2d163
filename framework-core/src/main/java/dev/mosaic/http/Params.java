package dev.mosaic.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Query-string or form parameters: each name with one or more values in arrival order
 * (Django's {@code QueryDict}). {@link #get} gives the first value, as the Servlet API does.
 * Immutable once built.
 */
public final class Params {
    private static final Params EMPTY = new Params(Map.of());

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Params empty() {
        return EMPTY;
    }

    /** The first value of {@code name}, or null when it is absent. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(get(name));
    }

    /** Every value of {@code name} ({@code ?tag=a&tag=b}), possibly empty. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Builds a {@link Params}; used by the parsers and by tests. */
    public static final class Builder {
        private final LinkedHashMap<String, List<String>> values = new LinkedHashMap<>();

        public Builder add(String name, String value) {
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            return this;
        }

        public Params build() {
            if (values.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>(values.size() * 2);
            values.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
            return new Params(Collections.unmodifiableMap(copy));
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
