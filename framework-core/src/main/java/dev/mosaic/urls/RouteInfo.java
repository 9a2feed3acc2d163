package dev.mosaic.urls;

/**
 * One route as {@code manage showurls} lists it.
 *
 * @param route the full pattern, include prefixes joined: {@code "blog/<int:year>/<slug:slug>/"}
 * @param name  the namespaced name ({@code "blog:detail"}), or null for an unnamed route
 * @param view  a readable description of the view: its class, or where a function view was declared
 */
public record RouteInfo(String route, String name, String view) {
}
