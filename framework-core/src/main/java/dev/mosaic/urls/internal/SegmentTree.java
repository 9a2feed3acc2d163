package dev.mosaic.urls.internal;

import dev.mosaic.urls.ResolverMatch;

import java.util.ArrayList;
import java.util.List;

/**
 * The flattened routes compiled into a tree of path segments. A lookup walks only the branches
 * that fit the path, never the whole route list, and still keeps Django's rule that the first
 * route in declaration order wins: it searches depth first, remembers the best (earliest) match,
 * and skips every subtree whose earliest route is not earlier than that.
 */
public final class SegmentTree {
    private final Node root = new Node();
    /** By declaration index: what the search's answer (an index) resolves to. */
    private final Target[] targets;

    public SegmentTree(List<FlatRoute> routes) {
        targets = new Target[routes.size()];
        for (FlatRoute route : routes) {
            targets[route.index()] = insert(route);
        }
        root.freeze();
    }

    private Target insert(FlatRoute route) {
        List<List<Token>> segments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        List<Token> tokens = route.tokens();
        int i = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t instanceof Token.Literal l) {
                String text = l.text();
                int from = 0;
                for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', from)) {
                    addLiteral(current, text.substring(from, slash));
                    segments.add(current);
                    current = new ArrayList<>();
                    from = slash + 1;
                }
                addLiteral(current, text.substring(from));
            } else if (!(t instanceof Token.Param p && SlashFree.of(p.converter()))) {
                break;
            } else {
                current.add(t);
            }
        }
        List<Token> tail = null;
        if (i < tokens.size()) {
            tail = new ArrayList<>(current);
            tail.addAll(tokens.subList(i, tokens.size()));
        } else {
            segments.add(current);
        }

        List<String> names = new ArrayList<>();
        List<SegmentMatcher> steps = new ArrayList<>();
        Node node = root;
        for (List<Token> segment : segments) {
            if (segment.isEmpty()) {
                node = node.staticChild("");
                steps.add(null);
            } else if (segment.size() == 1 && segment.get(0) instanceof Token.Literal l) {
                node = node.staticChild(l.text());
                steps.add(null);
            } else {
                Node.Dynamic d = node.dynamicChild(List.copyOf(segment));
                node = d.child();
                steps.add(d.matcher());
                for (Token t : segment) {
                    if (t instanceof Token.Param p) {
                        names.add(p.name());
                    }
                }
            }
        }
        SegmentMatcher[] stepArray = steps.toArray(SegmentMatcher[]::new);
        if (tail == null) {
            Target target = new Target(route, names.toArray(String[]::new), stepArray, null);
            node.setEnd(target);
            return target;
        }
        TokenRegex regex = TokenRegex.of(tail);
        boolean anyNamed = !names.isEmpty() || regex.captures.stream().anyMatch(c -> c.name() != null);
        List<TokenRegex.Capture> kept = regex.captures.stream().filter(c -> !anyNamed || c.name() != null).toList();
        kept.forEach(c -> names.add(c.name()));
        Target target = new Target(route, names.toArray(String[]::new), stepArray, new Tail(tail, regex, kept));
        node.addTail(target);
        return target;
    }

    private static void addLiteral(List<Token> segment, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segment.size() - 1;
        if (last >= 0 && segment.get(last) instanceof Token.Literal l) {
            segment.set(last, new Token.Literal(l.text() + text)); // "blog" + "x" from two pieces is one segment
        } else {
            segment.add(new Token.Literal(text));
        }
    }

    /** The earliest route matching {@code path} from {@code start} (just after its leading slash), or null. */
    public ResolverMatch find(String path, int start) {
        int index = visit(root, path, start, Integer.MAX_VALUE);
        return index == Integer.MAX_VALUE ? null : targets[index].match(path, start);
    }

    /**
     * The earliest route below {@code node} that matches {@code path[offset..]} and is declared
     * before {@code bound}, or {@code bound}. Checks only: no values are kept and nothing is
     * allocated on the way (except a {@code Matcher} for a segment or tail that needs a pattern).
     * {@code offset} is where the next segment starts; past the end when the path is used up.
     */
    private static int visit(Node node, String path, int offset, int bound) {
        if (node.minIndex >= bound) {
            return bound;
        }
        int length = path.length();
        if (offset > length) {
            return node.end != null && node.end.index < bound ? node.end.index : bound;
        }
        int end = path.indexOf('/', offset);
        if (end < 0) {
            end = length;
        }
        Node child = node.statics.get(path, offset, end);
        if (child != null) {
            bound = visit(child, path, end + 1, bound);
        }
        for (Node.Dynamic d : node.dynamics) {
            if (d.child().minIndex >= bound) {
                break; // sorted: no later child can win either
            }
            if (d.matcher().match(path, offset, end, null, 0)) {
                bound = visit(d.child(), path, end + 1, bound);
            }
        }
        for (Target t : node.tails) {
            if (t.index >= bound) {
                break;
            }
            if (t.tailMatches(path, offset)) {
                return t.index; // sorted: the first that matches is the earliest
            }
        }
        return bound;
    }
}
