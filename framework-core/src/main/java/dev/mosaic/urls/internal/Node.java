package dev.mosaic.urls.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the segment tree: the routes that share the segments leading here. Children are
 * static segments (by exact text), parameter segments, and tails; {@code minIndex}, the
 * earliest declaration below this node, lets a search skip subtrees that cannot win.
 */
final class Node {
    /** Number of parameter values captured on the way to this node. */
    final int params;
    Map<String, Node> statics = Map.of();
    Dynamic[] dynamics = new Dynamic[0];
    Tail[] tails = new Tail[0];
    Target end;
    int minIndex = Integer.MAX_VALUE;

    private Map<List<Token>, Dynamic> dynamicBuild;
    private List<Tail> tailBuild;

    record Dynamic(SegmentMatcher matcher, Node child) {
    }

    Node(int params) {
        this.params = params;
    }

    Node staticChild(String text) {
        if (statics.isEmpty()) {
            statics = new HashMap<>();
        }
        return statics.computeIfAbsent(text, k -> new Node(params));
    }

    Node dynamicChild(List<Token> segment) {
        if (dynamicBuild == null) {
            dynamicBuild = new LinkedHashMap<>();
        }
        return dynamicBuild.computeIfAbsent(segment, k -> {
            SegmentMatcher m = SegmentMatcher.of(segment);
            return new Dynamic(m, new Node(params + m.params));
        }).child();
    }

    void addTail(Tail tail) {
        if (tailBuild == null) {
            tailBuild = new ArrayList<>();
        }
        tailBuild.add(tail);
    }

    void setEnd(Target target) {
        if (end == null || target.index < end.index) {
            end = target; // a later identical route can never win
        }
    }

    /** Fixes the arrays and computes {@code minIndex}, children sorted by the earliest route below them. */
    int freeze() {
        int min = end == null ? Integer.MAX_VALUE : end.index;
        for (Node child : statics.values()) {
            min = Math.min(min, child.freeze());
        }
        if (dynamicBuild != null) {
            dynamics = dynamicBuild.values().toArray(Dynamic[]::new);
            for (Dynamic d : dynamics) {
                min = Math.min(min, d.child.freeze());
            }
            Arrays.sort(dynamics, Comparator.comparingInt(d -> d.child.minIndex));
            dynamicBuild = null;
        }
        if (tailBuild != null) {
            tailBuild.sort(Comparator.comparingInt(t -> t.target.index));
            tails = tailBuild.toArray(Tail[]::new);
            min = Math.min(min, tails[0].target.index);
            tailBuild = null;
        }
        minIndex = min;
        return min;
    }
}
