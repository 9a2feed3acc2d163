package dev.mosaic.urls.internal;

import dev.mosaic.http.Handler;

import java.util.List;

/**
 * One route with every include above it folded in: its tokens from the root, its full route text
 * as written, and its place in declaration order ({@code index}), which decides who wins.
 *
 * @param conf the URL configuration that declared the route, for messages
 */
public record FlatRoute(int index, String route, Handler handler, String name, List<String> namespaces,
                        List<String> appNames, String conf, List<Token> tokens) {

    /** {@code "blog:detail"}, or null for an unnamed route. */
    public String qualifiedName() {
        if (name == null) {
            return null;
        }
        return namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
    }
}
