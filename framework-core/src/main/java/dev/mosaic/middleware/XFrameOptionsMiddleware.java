package dev.mosaic.middleware;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.FixedHeader;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Response;

import java.util.Locale;

/**
 * Clickjacking protection (Django's {@code XFrameOptionsMiddleware}): every response gets
 * {@code X-Frame-Options} with the value of {@code X_FRAME_OPTIONS} ({@code DENY} by default,
 * or {@code SAMEORIGIN}), unless the view set the header itself or is wrapped in
 * {@link XFrameOptions#exempt}. Any other value stops start-up.
 *
 * <pre>{@code
 * MIDDLEWARE: [..., dev.mosaic.middleware.XFrameOptionsMiddleware]
 * X_FRAME_OPTIONS: SAMEORIGIN
 * }</pre>
 */
public final class XFrameOptionsMiddleware implements Middleware {
    private final Settings settings;

    public XFrameOptionsMiddleware(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Handler wrap(Handler next) {
        FixedHeader header = FixedHeader.of("X-Frame-Options", value(settings));
        return request -> {
            Response response = next.handle(request);
            if (!response.isMarked(XFrameOptions.EXEMPT_MARK)) {
                response.headers().setIfAbsent(header);
            }
            return response;
        };
    }

    /** {@code X_FRAME_OPTIONS} upper-cased, as Django sends it; anything but DENY or SAMEORIGIN fails. */
    static String value(Settings settings) {
        String raw = settings.string("X_FRAME_OPTIONS");
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!value.equals("DENY") && !value.equals("SAMEORIGIN")) {
            throw new ImproperlyConfigured("Setting X_FRAME_OPTIONS (from " + settings.origin("X_FRAME_OPTIONS")
                    + ") is '" + raw + "', which browsers do not understand (ALLOW-FROM is obsolete)."
                    + " Fix: set X_FRAME_OPTIONS to DENY or SAMEORIGIN; to let other sites frame a page, wrap its view"
                    + " in XFrameOptions.exempt(...) or use a frame-ancestors directive in SECURE_CSP.");
        }
        return value;
    }
}
