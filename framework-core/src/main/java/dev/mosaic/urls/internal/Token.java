package dev.mosaic.urls.internal;

import dev.mosaic.urls.PathConverter;

/**
 * One piece of a route after parsing: literal text, a {@code <converter:name>} parameter, or a
 * {@code rePath} regular expression. A flattened route is the list of its include prefixes'
 * tokens followed by its own. Records, so equal segments share a node of the tree.
 */
public sealed interface Token permits Token.Literal, Token.Param, Token.Regex {

    record Literal(String text) implements Token {
    }

    record Param(String name, PathConverter<?> converter) implements Token {
    }

    record Regex(RegexPiece piece) implements Token {
    }
}
