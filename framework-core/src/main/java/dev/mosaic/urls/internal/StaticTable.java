package dev.mosaic.urls.internal;

import java.util.Map;

/**
 * The static children of a node, looked up by a region of the path so that a lookup needs no
 * substring: open addressing over the region's hash, then length, then the characters.
 * Built once when the tree is frozen; read-only afterwards.
 */
final class StaticTable {
    static final StaticTable EMPTY = new StaticTable(new String[0], new Node[0]);

    private final String[] keys;
    private final Node[] nodes;
    private final int mask;

    private StaticTable(String[] keys, Node[] nodes) {
        this.keys = keys;
        this.nodes = nodes;
        this.mask = keys.length - 1;
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
            int i = hash(key, 0, key.length()) & (capacity - 1);
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
        for (int i = hash(path, from, to) & mask; ; i = (i + 1) & mask) {
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
        return h ^ (h >>> 16);
    }
}
