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
    private final Node root = new Node(0);
    private final int maxSlots;

    public SegmentTree(List<FlatRoute> routes) {
        int max = 0;
        for (FlatRoute route : routes) {
            max = Math.max(max, insert(route));
        }
        root.freeze();
        this.maxSlots = max;
    }

    private int insert(FlatRoute route) {
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
        Node node = root;
        for (List<Token> segment : segments) {
            if (segment.isEmpty()) {
                node = node.staticChild("");
            } else if (segment.size() == 1 && segment.get(0) instanceof Token.Literal l) {
                node = node.staticChild(l.text());
            } else {
                node = node.dynamicChild(List.copyOf(segment));
                for (Token t : segment) {
                    if (t instanceof Token.Param p) {
                        names.add(p.name());
                    }
                }
            }
        }
        if (tail == null) {
            node.setEnd(new Target(route, names.toArray(String[]::new)));
            return names.size();
        }
        TokenRegex regex = TokenRegex.of(tail);
        boolean anyNamed = !names.isEmpty() || regex.captures.stream().anyMatch(c -> c.name() != null);
        List<TokenRegex.Capture> kept = regex.captures.stream().filter(c -> !anyNamed || c.name() != null).toList();
        kept.forEach(c -> names.add(c.name()));
        Target target = new Target(route, names.toArray(String[]::new));
        node.addTail(new Tail(target, regex, kept));
        return names.size();
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

    /** The earliest route matching {@code path} (without its leading slash), or null. */
    public ResolverMatch find(String path) {
        Search search = new Search(path, maxSlots);
        search.visit(root, 0);
        return search.best;
    }

    /** The state of one lookup; lives for one call. */
    private static final class Search {
        private final String path;
        private final int length;
        private final Object[] values;
        private int bestIndex = Integer.MAX_VALUE;
        private ResolverMatch best;

        Search(String path, int slots) {
            this.path = path;
            this.length = path.length();
            this.values = new Object[slots];
        }

        /** {@code offset} is where the next segment starts; past the end when the path is used up. */
        void visit(Node node, int offset) {
            if (node.minIndex >= bestIndex) {
                return;
            }
            if (offset > length) {
                if (node.end != null && node.end.index < bestIndex) {
                    accept(node.end);
                }
                return;
            }
            int end = path.indexOf('/', offset);
            if (end < 0) {
                end = length;
            }
            if (!node.statics.isEmpty()) {
                Node child = node.statics.get(path.substring(offset, end));
                if (child != null) {
                    visit(child, end + 1);
                }
            }
            for (Node.Dynamic d : node.dynamics) {
                if (d.child().minIndex >= bestIndex) {
                    break; // sorted: no later child can win either
                }
                if (d.matcher().match(path, offset, end, values, node.params)) {
                    visit(d.child(), end + 1);
                }
            }
            for (Tail tail : node.tails) {
                if (tail.target.index >= bestIndex) {
                    break;
                }
                if (tail.match(path, offset, values, node.params)) {
                    accept(tail.target);
                }
            }
        }

        private void accept(Target target) {
            bestIndex = target.index;
            best = target.match(values);
        }
    }
}
