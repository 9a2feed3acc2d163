package dev.mosaic.server;

import dev.mosaic.http.FixedHeader;
import dev.mosaic.http.Request;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletApiRequest;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Jetty's side of {@link MosaicServlet}: when the request comes from Jetty 12 (ee10), the headers
 * are read from and written to Jetty's own field lists, skipping the Servlet API's copies
 * ({@code getHeaderNames()} builds a set per request), and a {@link FixedHeader} is sent as a
 * {@code PreEncodedHttpField}, encoded once instead of sanitised character by character on every
 * response. Loaded only when Jetty is on Mosaic's class path ({@code MosaicServlet.JETTY}), so a
 * WAR in Tomcat never touches it; behaviour is the same as the Servlet API path, which
 * {@code ResponseHeadersOnJettyTest} and the Tomcat end-to-end run both check.
 */
final class JettyExchange {
    private JettyExchange() {
    }

    static boolean isJetty(HttpServletRequest req) {
        return req instanceof ServletApiRequest;
    }

    static boolean isJetty(HttpServletResponse resp) {
        return resp instanceof ServletApiResponse;
    }

    /** Copies the request's headers into {@code b}; returns the Content-Length value, or null. */
    static String copyHeaders(HttpServletRequest req, Request.Builder b) {
        String contentLength = null;
        for (HttpField field : ((ServletApiRequest) req).getRequest().getHeaders()) {
            String name = field.getName();
            String value = field.getValue();
            if (name != null && value != null) {
                b.header(name, value);
                if (contentLength == null && field.getHeader() == HttpHeader.CONTENT_LENGTH) {
                    contentLength = value;
                }
            }
        }
        return contentLength;
    }

    /** Where {@link MosaicServlet}'s header writer puts headers on Jetty. */
    static MosaicServlet.HeaderSink sink(HttpServletResponse resp) {
        return new FieldsSink(((ServletApiResponse) resp).getResponse().getHeaders());
    }

    private static final class FieldsSink implements MosaicServlet.HeaderSink {
        private final HttpFields.Mutable fields;

        FieldsSink(HttpFields.Mutable fields) {
            this.fields = fields;
        }

        @Override
        public boolean contains(String name) {
            return fields.contains(name);
        }

        @Override
        public void set(String name, String value, FixedHeader fixed) {
            if (fixed != null) {
                fields.put(encoded(fixed));
            } else {
                fields.put(name, value);
            }
        }

        @Override
        public void add(String name, String value, FixedHeader fixed) {
            if (fixed != null) {
                fields.add(encoded(fixed));
            } else {
                fields.add(name, value);
            }
        }

        private static PreEncodedHttpField encoded(FixedHeader fixed) {
            return fixed.encoded(PreEncodedHttpField.class, h -> new PreEncodedHttpField(h.name(), h.value()));
        }
    }
}
