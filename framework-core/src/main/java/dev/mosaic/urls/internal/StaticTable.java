package dev.mosaic.urls.internal;

import java.util.Map;

/**
 * The static children of a node, looked up by a region of the path so that a lookup needs no
 * substring: open addressing over the region's hash, then length, then the characters. The hash
 * is spread by Fibonacci hashing: names such as {@code app0..app999} have nearly consecutive
 * {@code String} hashes, which cluster under linear probing (17 probes for {@code app999} before).
 * Built once when the tree is frozen; read-only afterwards.
 */
final class StaticTable {
    static final StaticTable EMPTY = new StaticTable(new String[0], new Node[0]);

    private final String[] keys;
    private final Node[] nodes;
    private final int mask;
    private final int shift;

    private StaticTable(String[] keys, Node[] nodes) {
        this.keys = keys;
        this.nodes = nodes;
        this.mask = keys.length - 1;
        this.shift = slotShift(keys.length);
    }

    private static int slotShift(int capacity) {
        return 32 - Integer.numberOfTrailingZeros(Math.max(capacity, 2));
    }

    private static int slot(int hash, int shift) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    static StaticTable of(Map<String, Node> children) {
        if (children.isEmpty()) {
            return EMPTY;
        }
        int capacity = Integer.highestOneBit(children.size() * 2 - 1) << 1; // load factor at most 1/2
        String[] keys = new String[capacity];
        Node[] nodes = new Node[capacity];
        for (Map.Entry<String, Node> e : children.entrySet()) {
            String key = e.getKey();
            int i = slot(hash(key, 0, key.length()), slotShift(capacity));
            while (keys[i] != null) {
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = key;
            nodes[i] = e.getValue();
        }
        return new StaticTable(keys, nodes);
    }

    /** The child for the segment {@code path[from, to)}, or null. */
    Node get(String path, int from, int to) {
        if (mask < 0) {
            return null;
        }
        int length = to - from;
        for (int i = slot(hash(path, from, to), shift); ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                return null;
            }
            if (key.length() == length && path.regionMatches(from, key, 0, length)) {
                return nodes[i];
            }
        }
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
