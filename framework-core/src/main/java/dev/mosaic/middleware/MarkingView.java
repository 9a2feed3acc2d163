package dev.mosaic.middleware;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.WrappedView;

/**
 * Calls the view and marks what it returns (see {@link Response#mark}), as Django's decorators
 * set an attribute on the response. An error page the view raised is not marked: exempting a
 * view does not exempt the site's error pages.
 */
record MarkingView(Handler view, String mark) implements WrappedView {
    @Override
    public Response handle(Request request) throws Exception {
        Response response = view.handle(request);
        return response == null ? null : response.mark(mark);
    }
}
