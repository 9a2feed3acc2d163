package dev.mosaic.urls;

import dev.mosaic.http.Http404;

import java.util.List;

/** No pattern matched the path; carries the patterns tried for the debug 404 page. */
public class Resolver404 extends Http404 {
    private final String path;
    private final List<String> tried;

    public Resolver404(String path, List<String> tried) {
        super("No URL pattern matches '" + path + "'");
        this.path = path;
        this.tried = List.copyOf(tried);
    }

    public String path() {
        return path;
    }

    /** Every full pattern of the URL configuration, in order, as the debug page lists them. */
    public List<String> tried() {
        return tried;
    }
}
