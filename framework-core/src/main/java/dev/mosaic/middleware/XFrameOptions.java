package dev.mosaic.middleware;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.views.WrappedView;

import java.util.Objects;

/**
 * Per-view X-Frame-Options (Django's {@code xframe_options_exempt}, {@code _deny} and
 * {@code _sameorigin} decorators), over {@code XFrameOptionsMiddleware}'s site-wide
 * {@code X_FRAME_OPTIONS}:
 *
 * <pre>{@code
 * path("widget/", XFrameOptions.exempt(Widgets::show)),          // may be framed by any site
 * path("preview/", XFrameOptions.sameOrigin(Pages::preview)),    // framed by this site only
 * }</pre>
 */
public final class XFrameOptions {
    /** The mark of {@link #exempt}'s responses, read by {@code XFrameOptionsMiddleware}. */
    static final String EXEMPT_MARK = XFrameOptions.class.getName() + ".exempt";

    private XFrameOptions() {
    }

    /** The view's responses get no X-Frame-Options header from the middleware. */
    public static Handler exempt(Handler view) {
        return new MarkingView(Objects.requireNonNull(view, "view"), EXEMPT_MARK);
    }

    /** {@code X-Frame-Options: DENY} on the view's responses, unless it set the header itself. */
    public static Handler deny(Handler view) {
        return new Setting(Objects.requireNonNull(view, "view"), "DENY");
    }

    /** {@code X-Frame-Options: SAMEORIGIN} on the view's responses, unless it set the header itself. */
    public static Handler sameOrigin(Handler view) {
        return new Setting(Objects.requireNonNull(view, "view"), "SAMEORIGIN");
    }

    private record Setting(Handler view, String value) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            Response response = view.handle(request);
            if (response != null) {
                response.headers().setIfAbsent("X-Frame-Options", value);
            }
            return response;
        }
    }
}
