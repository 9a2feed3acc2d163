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
    StaticTable statics = StaticTable.EMPTY;
    Dynamic[] dynamics = new Dynamic[0];
    /** Targets of routes that end in a {@link Tail}, earliest first. */
    Target[] tails = new Target[0];
    Target end;
    int minIndex = Integer.MAX_VALUE;

    private Map<String, Node> staticBuild;
    private Map<List<Token>, Dynamic> dynamicBuild;
    private List<Target> tailBuild;

    record Dynamic(SegmentMatcher matcher, Node child) {
    }

    Node staticChild(String text) {
        if (staticBuild == null) {
            staticBuild = new HashMap<>();
        }
        return staticBuild.computeIfAbsent(text, k -> new Node());
    }

    Dynamic dynamicChild(List<Token> segment) {
        if (dynamicBuild == null) {
            dynamicBuild = new LinkedHashMap<>();
        }
        return dynamicBuild.computeIfAbsent(segment, k -> new Dynamic(SegmentMatcher.of(segment), new Node()));
    }

    void addTail(Target target) {
        if (tailBuild == null) {
            tailBuild = new ArrayList<>();
        }
        tailBuild.add(target);
    }

    void setEnd(Target target) {
        if (end == null || target.index < end.index) {
            end = target; // a later identical route can never win
        }
    }

    /** Fixes the arrays and computes {@code minIndex}, children sorted by the earliest route below them. */
    int freeze() {
        int min = end == null ? Integer.MAX_VALUE : end.index;
        if (staticBuild != null) {
            for (Node child : staticBuild.values()) {
                min = Math.min(min, child.freeze());
            }
            statics = StaticTable.of(staticBuild);
            staticBuild = null;
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
            tailBuild.sort(Comparator.comparingInt(t -> t.index));
            tails = tailBuild.toArray(Target[]::new);
            min = Math.min(min, tails[0].index);
            tailBuild = null;
        }
        minIndex = min;
        return min;
    }
}
