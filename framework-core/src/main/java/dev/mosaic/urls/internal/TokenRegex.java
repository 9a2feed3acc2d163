package dev.mosaic.urls.internal;

import dev.mosaic.urls.PathConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tokens compiled into one Java regex (used with {@code matches()}, or {@code lookingAt()} when
 * the route ends in a {@code rePath} without {@code $}), with the group of each capture.
 * Captures are parameters (named, with a converter) and regex groups (named or not, no converter).
 */
final class TokenRegex {
    record Capture(int group, String name, PathConverter<?> converter) {
    }

    final Pattern pattern;
    final boolean prefixOnly;
    final List<Capture> captures;

    private TokenRegex(Pattern pattern, boolean prefixOnly, List<Capture> captures) {
        this.pattern = pattern;
        this.prefixOnly = prefixOnly;
        this.captures = captures;
    }

    static TokenRegex of(List<Token> tokens) {
        StringBuilder re = new StringBuilder();
        List<Capture> captures = new ArrayList<>();
        int groups = 0;
        for (Token t : tokens) {
            if (t instanceof Token.Literal l) {
                re.append(Pattern.quote(l.text()));
            } else if (t instanceof Token.Param p) {
                re.append('(').append(p.converter().regex()).append(')');
                captures.add(new Capture(groups + 1, p.name(), p.converter()));
                groups += 1 + groupCount(p.converter().regex());
            } else if (t instanceof Token.Regex r) {
                re.append(r.piece().translate(groups));
                List<RegexPiece.Group> pieceGroups = r.piece().groups();
                for (int i = 0; i < pieceGroups.size(); i++) {
                    captures.add(new Capture(groups + i + 1, pieceGroups.get(i).name(), null));
                }
                groups += pieceGroups.size();
            }
        }
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        boolean prefixOnly = last instanceof Token.Regex r && !r.piece().endAnchored();
        return new TokenRegex(Pattern.compile(re.toString()), prefixOnly, List.copyOf(captures));
    }

    static int groupCount(String regex) {
        return Pattern.compile(regex).matcher("").groupCount();
    }
}
