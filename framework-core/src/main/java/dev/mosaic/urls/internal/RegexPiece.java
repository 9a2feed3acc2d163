package dev.mosaic.urls.internal;

import dev.mosaic.conf.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code rePath} regular expression, translated for Java at start-up. Django users write
 * {@code (?P<name>...)}; Java's named groups forbid {@code _} in names, so every named group
 * becomes a plain group and names are kept as group indexes here. Leading {@code ^} and
 * trailing {@code $} are dropped: the segment tree anchors each piece itself.
 */
public final class RegexPiece {
    /** A capturing group: its name (null when unnamed) and nesting depth (0 = top level). */
    public record Group(String name, int depth) {
    }

    private final String source;
    private final String body;
    private final boolean endAnchored;
    private final List<Group> groups;
    private final List<Object> template;
    private final String cannotReverse;
    private final Pattern pattern;

    public RegexPiece(String source, String where) {
        this.source = source;
        String b = source.startsWith("^") ? source.substring(1) : source;
        boolean end = false;
        if (b.endsWith("\\Z") || b.endsWith("\\z")) {
            b = b.substring(0, b.length() - 2);
            end = true;
        } else if (b.endsWith("$") && trailingBackslashes(b, b.length() - 1) % 2 == 0) {
            b = b.substring(0, b.length() - 1);
            end = true;
        }
        this.body = b;
        this.endAnchored = end;
        String at = "URL regex '" + source + "' in " + where;
        Scan scan = new Scan(b, 0, true, at);
        try {
            this.pattern = Pattern.compile(scan.out.toString());
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured(at + " is not a valid regular expression: " + e.getDescription()
                    + (scan.out.toString().equals(b) ? " near index " + (e.getIndex() + (source.startsWith("^") ? 1 : 0)) : "")
                    + ". Fix the regex.");
        }
        if (pattern.matcher("").groupCount() != scan.groups.size()) {
            throw new ImproperlyConfigured(at + " has groups Mosaic cannot count (" + scan.groups.size() + " found, Java sees "
                    + pattern.matcher("").groupCount() + "). Simplify the regex, e.g. escape '(' inside character classes.");
        }
        this.groups = Collections.unmodifiableList(scan.groups);
        this.cannotReverse = scan.cannotReverse;
        this.template = scan.cannotReverse == null ? Collections.unmodifiableList(scan.template) : null;
    }

    /** The regex as written. */
    public String source() {
        return source;
    }

    /** True when the regex ended with {@code $} or {@code \Z}: the path must end here. */
    public boolean endAnchored() {
        return endAnchored;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Whole-piece pattern (no anchors; use {@code matches()}), for checking reversed text. */
    public Pattern pattern() {
        return pattern;
    }

    /** For reverse: literal {@code String}s and {@code Integer} group numbers (1-based), or null. */
    public List<Object> template() {
        return template;
    }

    /** Why {@link #template()} is null, for the NoReverseMatch message. */
    public String cannotReverse() {
        return cannotReverse;
    }

    /** The Java regex with groups numbered after {@code groupOffset} earlier groups of the same pattern. */
    public String translate(int groupOffset) {
        return new Scan(body, groupOffset, false, source).out.toString();
    }

    private static int trailingBackslashes(String s, int before) {
        int n = 0;
        for (int i = before - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n;
    }

    /** One pass over the regex: translated text, groups, and (first pass) the reverse template. */
    private static final class Scan {
        final StringBuilder out = new StringBuilder();
        final List<Group> groups = new ArrayList<>();
        final List<Object> template = new ArrayList<>();
        final Map<String, Integer> names = new HashMap<>();
        String cannotReverse;
        private final StringBuilder literal = new StringBuilder();
        private final String at;

        Scan(String re, int offset, boolean strict, String at) {
            this.at = at;
            int depth = 0;
            int classDepth = 0;
            int i = 0;
            int topGroup = -1;
            while (i < re.length()) {
                char c = re.charAt(i);
                boolean top = depth == 0 && classDepth == 0;
                if (c == '\\' && i + 1 < re.length()) {
                    char n = re.charAt(i + 1);
                    if (n == 'Q') {
                        int e = re.indexOf("\\E", i + 2);
                        int stop = e < 0 ? re.length() : e + 2;
                        out.append(re, i, stop);
                        if (top) {
                            literal.append(re, i + 2, e < 0 ? re.length() : e);
                        }
                        i = stop;
                    } else if (n == 'k' && i + 2 < re.length() && re.charAt(i + 2) == '<' && re.indexOf('>', i) > 0) {
                        int close = re.indexOf('>', i);
                        backReference(re.substring(i + 3, close), offset, strict);
                        notReversibleIf(top, "a backreference");
                        i = close + 1;
                    } else if (n >= '1' && n <= '9') {
                        int j = i + 1;
                        while (j < re.length() && Character.isDigit(re.charAt(j))) {
                            j++;
                        }
                        out.append("(?:\\").append(offset + Integer.parseInt(re.substring(i + 1, j))).append(')');
                        notReversibleIf(top, "a backreference");
                        i = j;
                    } else {
                        out.append(c).append(n);
                        if (top) {
                            if (Character.isLetterOrDigit(n)) {
                                notReversibleIf(true, "the escape \\" + n + " outside a group");
                            } else {
                                literal.append(n);
                            }
                        }
                        i += 2;
                    }
                    continue;
                }
                if (classDepth > 0) {
                    classDepth += c == '[' ? 1 : c == ']' ? -1 : 0;
                    out.append(c);
                    i++;
                    continue;
                }
                if (c == '[') {
                    classDepth = 1;
                    notReversibleIf(top, "a character class outside a group");
                    out.append(c);
                    i++;
                    continue;
                }
                if (c == '(') {
                    boolean python = re.startsWith("(?P<", i);
                    boolean java = re.startsWith("(?<", i) && i + 3 < re.length()
                            && re.charAt(i + 3) != '=' && re.charAt(i + 3) != '!';
                    boolean capturing = true;
                    if (python || java) {
                        int nameStart = i + (python ? 4 : 3);
                        int close = re.indexOf('>', nameStart);
                        String name = close < 0 ? "" : re.substring(nameStart, close);
                        if (strict && !RouteSyntax.isIdentifier(name)) {
                            throw new ImproperlyConfigured(at + " has a group name '" + name + "' that is not an"
                                    + " identifier. Use letters, digits and underscores, not starting with a digit.");
                        }
                        if (names.put(name, groups.size() + 1) != null && strict) {
                            throw new ImproperlyConfigured(at + " uses the group name '" + name + "' twice."
                                    + " Give each group its own name.");
                        }
                        openGroup(name, depth);
                        i = close < 0 ? re.length() : close + 1;
                    } else if (re.startsWith("(?P=", i) && re.indexOf(')', i) > 0) {
                        int close = re.indexOf(')', i);
                        backReference(re.substring(i + 4, close), offset, strict);
                        notReversibleIf(top, "a backreference");
                        i = close + 1;
                        continue;
                    } else if (re.startsWith("(?", i)) {
                        notReversibleIf(top, "a non-capturing group, lookaround or flag");
                        capturing = false;
                        out.append('(');
                        i++;
                    } else {
                        openGroup(null, depth);
                        i++;
                    }
                    if (top) {
                        flushLiteral();
                        topGroup = capturing ? groups.size() : -1;
                        if (capturing) {
                            template.add(groups.size());
                        }
                    }
                    depth++;
                    continue;
                }
                if (c == ')') {
                    out.append(c);
                    depth = Math.max(0, depth - 1);
                    i++;
                    if (depth == 0) {
                        if (topGroup > 0 && groups.size() > topGroup) {
                            notReversibleIf(true, "a group inside a group");
                        }
                        if (i < re.length() && "*+?{".indexOf(re.charAt(i)) >= 0) {
                            notReversibleIf(true, "a quantifier after a group");
                        }
                    }
                    continue;
                }
                out.append(c);
                if (top) {
                    if (".*+?{}|^$]".indexOf(c) >= 0) {
                        notReversibleIf(true, "'" + c + "' outside a group");
                    } else {
                        literal.append(c);
                    }
                }
                i++;
            }
            flushLiteral();
        }

        private void openGroup(String name, int depth) {
            groups.add(new Group(name, depth));
            out.append('(');
        }

        private void backReference(String name, int offset, boolean strict) {
            Integer index = names.get(name);
            if (index == null) {
                if (strict) {
                    throw new ImproperlyConfigured(at + " refers back to group '" + name + "', which is not defined"
                            + " before it. Define the group first.");
                }
                index = 0;
            }
            out.append("(?:\\").append(offset + index).append(')');
        }

        private void notReversibleIf(boolean condition, String what) {
            if (condition && cannotReverse == null) {
                cannotReverse = what;
            }
        }

        private void flushLiteral() {
            if (literal.length() > 0) {
                template.add(literal.toString());
                literal.setLength(0);
            }
        }
    }
}
