package dev.mosaic.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * HTTP headers: case-insensitive names, each with one or more values in arrival order.
 * Values are checked on the way in so that CR, LF or another control character (tab excepted)
 * can never reach a response header.
 * (Request headers skip that check: see {@link Request.Builder#header}.)
 *
 * <pre>{@code
 * response.headers().set("Cache-Control", "no-store").add("Vary", "Accept");
 * String type = request.headers().get("content-type");   // any case
 * }</pre>
 */
public final class Headers {
    // Name/value pairs side by side, in the order they were added. A request or response has
    // 5-20 headers, and one pass over an array with equalsIgnoreCase beats a TreeMap of lists
    // (an entry, a list and its array per name) both to build and to read; see docs/performance.md.
    private String[] pairs;
    private int size;
    // The FixedHeader each pair came from (index = pair index / 2), or null; made on the first one.
    private FixedHeader[] fixed;

    public Headers() {
        pairs = new String[8]; // four headers; a response of the default middleware grows once
    }

    /** The first value of the header, or null. */
    public String get(String name) {
        int i = indexOf(name, 0);
        return i < 0 ? null : pairs[i + 1];
    }

    /** Every value of the header, possibly empty. */
    public List<String> all(String name) {
        int i = indexOf(name, 0);
        if (i < 0) {
            return List.of();
        }
        int next = indexOf(name, i + 2);
        if (next < 0) {
            return List.of(pairs[i + 1]);
        }
        List<String> list = new ArrayList<>(4);
        list.add(pairs[i + 1]);
        for (; next >= 0; next = indexOf(name, next + 2)) {
            list.add(pairs[next + 1]);
        }
        return Collections.unmodifiableList(list);
    }

    public boolean contains(String name) {
        return indexOf(name, 0) >= 0;
    }

    /** Replaces any values of the header. */
    public Headers set(String name, String value) {
        return set(name, checked(name, value), null);
    }

    /** Replaces any values of the header with a fixed one. */
    public Headers set(FixedHeader header) {
        return set(header.name(), header.value(), header);
    }

    private Headers set(String name, String value, FixedHeader from) {
        int i = indexOf(name, 0);
        if (i < 0) {
            append(name, value, from);
        } else {
            pairs[i + 1] = value; // keeps the name as first spelled, as the map did
            if (fixed != null || from != null) {
                fixedSlots()[i >> 1] = from;
            }
            removeFrom(name, i + 2);
        }
        return this;
    }

    /** Sets the header only if it is not set yet (so a middleware never overrides a view). */
    public Headers setIfAbsent(String name, String value) {
        if (!contains(name)) {
            append(name, checked(name, value), null);
        }
        return this;
    }

    /**
     * Sets a fixed header only if the header is not set yet; the value was checked when the
     * {@link FixedHeader} was made.
     */
    public Headers setIfAbsent(FixedHeader header) {
        if (!contains(header.name())) {
            append(header.name(), header.value(), header);
        }
        return this;
    }

    /** Adds a value, keeping the ones already there. */
    public Headers add(String name, String value) {
        append(name, checked(name, value), null);
        return this;
    }

    /** Adds a fixed header, keeping the values already there. */
    public Headers add(FixedHeader header) {
        append(header.name(), header.value(), header);
        return this;
    }

    /**
     * Adds a request header as the container parsed it, without the checks of {@link #add}: those
     * keep CR and LF out of responses, and a request's headers never go on the wire from here
     * (a response header copied from one is checked when it is set).
     */
    Headers addRequestHeader(String name, String value) {
        append(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"), null);
        return this;
    }

    public Headers remove(String name) {
        removeFrom(name, 0);
        return this;
    }

    /** The distinct names, sorted case-insensitively, each as first spelled. Built on each call. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < size; i += 2) {
            names.add(pairs[i]);
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * A case-insensitive copy by name, sorted. Built on each call: the per-request paths use
     * {@link #get} and {@link #forEach}, which copy nothing.
     */
    public Map<String, List<String>> asMap() {
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < size; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>(1)).add(pairs[i + 1]);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Calls {@code action} with each name and value, in the order they were added (the values
     * of one name keep their order), without copying.
     *
     * <pre>{@code
     * request.headers().forEach((name, value) -> log.debug("{}: {}", name, value));
     * }</pre>
     */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    /** What {@link #forEachEntry} calls with each header. */
    @FunctionalInterface
    public interface EntryConsumer {
        /** {@code fixed} is the {@link FixedHeader} the value was set from, or null. */
        void accept(String name, String value, FixedHeader fixed);
    }

    /**
     * Like {@link #forEach}, also passing the {@link FixedHeader} a value came from, for a
     * container adapter that sends those from bytes it encoded once.
     */
    public void forEachEntry(EntryConsumer action) {
        FixedHeader[] f = fixed;
        for (int i = 0; i < size; i += 2) {
            action.accept(pairs[i], pairs[i + 1], f == null ? null : f[i >> 1]);
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Index of the first pair at or after {@code from} whose name matches, or -1. */
    private int indexOf(String name, int from) {
        if (name == null) {
            return -1;
        }
        String[] p = pairs;
        for (int i = from; i < size; i += 2) {
            String n = p[i];
            // Same instance first: names spelled by constants (and Jetty's interned header names) hit here.
            if (n == name || n.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private void append(String name, String value, FixedHeader from) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        if (from != null || fixed != null) {
            fixedSlots()[size >> 1] = from;
        }
        pairs[size++] = name;
        pairs[size++] = value;
    }

    /** The FixedHeader slots, made or grown to match {@code pairs}. */
    private FixedHeader[] fixedSlots() {
        if (fixed == null) {
            fixed = new FixedHeader[pairs.length >> 1];
        } else if (fixed.length < pairs.length >> 1) {
            fixed = Arrays.copyOf(fixed, pairs.length >> 1);
        }
        return fixed;
    }

    private void removeFrom(String name, int from) {
        int out = from;
        FixedHeader[] f = fixed;
        for (int i = from; i < size; i += 2) {
            if (!pairs[i].equalsIgnoreCase(name)) {
                if (f != null) {
                    f[out >> 1] = f[i >> 1];
                }
                pairs[out++] = pairs[i];
                pairs[out++] = pairs[i + 1];
            }
        }
        if (f != null) {
            Arrays.fill(f, out >> 1, size >> 1, null);
        }
        Arrays.fill(pairs, out, size, null);
        size = out;
    }

    /** The checks of {@link #add}, for {@link FixedHeader#of}. */
    static void check(String name, String value) {
        checked(name, value);
    }

    private static String checked(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A header name must not be empty");
        }
        if (value == null) {
            throw new IllegalArgumentException("Header '" + name + "' must not be null; use remove()");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || c == ':') {
                throw new IllegalArgumentException("Header name '" + name + "' contains an invalid character");
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException("Header '" + name + "' contains a control character (U+"
                        + String.format("%04X", (int) c) + "); refusing to send it (CR or LF would inject headers)");
            }
        }
        return value;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
