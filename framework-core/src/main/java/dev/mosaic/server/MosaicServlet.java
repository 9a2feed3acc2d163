package dev.mosaic.server;

import dev.mosaic.http.BadRequest;
import dev.mosaic.http.Cookie;
import dev.mosaic.http.FixedHeader;
import dev.mosaic.http.Headers;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.http.internal.PathDecoder;
import dev.mosaic.internal.SecretKeys;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;

/**
 * The one servlet: adapts the container's request to a {@link Request}, runs it through the
 * {@link Application}, writes the {@link Response} back, and then closes the request (which
 * deletes spooled uploads). The same class serves embedded Jetty and a WAR in Tomcat.
 */
public final class MosaicServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger("dev.mosaic.request");
    private static final String CONTENT_LENGTH = "Content-Length";
    /**
     * Whether Jetty 12's ee10 classes are visible to Mosaic's class loader, so that
     * {@link JettyExchange} may be loaded (in a WAR on Tomcat they are not, and it never is).
     */
    private static final boolean JETTY = jettyPresent();

    private final transient Application application;

    /**
     * @throws dev.mosaic.conf.ImproperlyConfigured with DEBUG off and a weak SECRET_KEY: a site
     *         must not serve with a key anyone could guess (the test client and {@code manage check}
     *         still start, so the deploy checks can report it)
     */
    public MosaicServlet(Application application) {
        SecretKeys.requireStrongUnlessDebug(application.settings());
        this.application = application;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = rawPath(req);
        String path;
        BadRequest invalid = null;
        try {
            path = PathDecoder.decode(raw);
        } catch (BadRequest e) {
            path = raw; // a stand-in, so the error page goes through the middleware like any other
            invalid = e;
        }
        Request request = toRequest(req, path);
        try {
            Response response = invalid == null ? application.handle(request) : application.handleInvalid(request, invalid);
            send(req, request, response, resp);
        } finally {
            request.close();
        }
    }

    /**
     * Writes {@code response}; if that fails (a streamed body throwing, say), the container must
     * not answer with its own error page, which shows the exception whatever DEBUG says. Before
     * anything was sent, the project's 500 replaces the response; after, the connection is
     * aborted so the client cannot take a truncated body for a whole one.
     */
    private void send(HttpServletRequest req, Request request, Response response, HttpServletResponse resp)
            throws IOException {
        try {
            write(req, response, resp);
        } catch (IOException | RuntimeException e) {
            if (resp.isCommitted()) {
                LOG.warn("Writing the response to {} failed after it was committed; aborting the connection",
                        request, e);
                // Thrown without the cause, which the container would log again: it aborts a committed response.
                throw new IOException("Response to " + request + " aborted: writing its body failed (logged by "
                        + LOG.getName() + ")");
            }
            resp.reset();
            write(req, application.errorResponse(request, e), resp);
        }
    }

    private static boolean jettyPresent() {
        try {
            ClassLoader loader = MosaicServlet.class.getClassLoader();
            Class.forName("org.eclipse.jetty.ee10.servlet.ServletApiResponse", false, loader);
            Class.forName("org.eclipse.jetty.http.PreEncodedHttpField", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String rawPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        String raw = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return raw.isEmpty() ? "/" : raw;
    }

    private static Request toRequest(HttpServletRequest req, String path) throws IOException {
        Request.Builder b = Request.builder(req.getMethod(), path)
                .query(req.getQueryString())
                .scheme(req.getScheme())
                .server(req.getServerName(), req.getServerPort())
                .remoteAddr(req.getRemoteAddr())
                .contextPath(req.getContextPath());
        String contentLength = JETTY && JettyExchange.isJetty(req)
                ? JettyExchange.copyHeaders(req, b) : copyHeaders(req, b);
        // The container has validated Content-Length already; reading it back from the headers just
        // copied saves getContentLengthLong()'s own search of the fields (a few % of a small request).
        return b.body(req.getInputStream(), contentLength == null ? -1 : declaredLength(req, contentLength)).build();
    }

    /** Copies the request's headers into {@code b}; returns the Content-Length value, or null. */
    private static String copyHeaders(HttpServletRequest req, Request.Builder b) {
        String contentLength = null;
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            if (name == null) {
                continue;
            }
            for (Enumeration<String> values = req.getHeaders(name); values.hasMoreElements(); ) {
                String value = values.nextElement();
                if (value != null) {
                    b.header(name, value);
                    if (contentLength == null && name.equalsIgnoreCase(CONTENT_LENGTH)) {
                        contentLength = value;
                    }
                }
            }
        }
        return contentLength;
    }

    private static long declaredLength(HttpServletRequest req, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return req.getContentLengthLong(); // whatever the container made of it
        }
    }

    /**
     * Status, then each header (set for its first value so no container default doubles it, added
     * for the rest), each cookie once, the length when known, and the body unless it is HEAD.
     */
    static void write(HttpServletRequest req, Response response, HttpServletResponse resp) throws IOException {
        int status = response.status();
        resp.setStatus(status);
        HeaderSink sink = JETTY && JettyExchange.isJetty(resp)
                ? JettyExchange.sink(resp) : new ServletSink(resp);
        response.headers().forEachEntry(new HeaderWriter(sink));
        for (Cookie c : response.cookies()) {
            sink.add("Set-Cookie", c.toHeader(), null);
        }
        boolean bodiless = status < 200 || status == 204 || status == 304;
        long length = contentLength(response);
        if (!bodiless && length >= 0) {
            resp.setContentLengthLong(length);
        }
        if (bodiless || "HEAD".equals(req.getMethod())) {
            return;
        }
        ServletOutputStream out = resp.getOutputStream();
        // A streamed body's own flush() calls reach the client as they happen; this sends the rest.
        response.writeBody(out);
        out.flush();
    }

    /** Where response headers go: the Servlet API, or on Jetty its own field list ({@link JettyExchange}). */
    interface HeaderSink {
        boolean contains(String name);

        /** Replaces the container's values of the header; {@code fixed} is where the value came from, or null. */
        void set(String name, String value, FixedHeader fixed);

        void add(String name, String value, FixedHeader fixed);
    }

    private static final class ServletSink implements HeaderSink {
        private final HttpServletResponse resp;

        ServletSink(HttpServletResponse resp) {
            this.resp = resp;
        }

        @Override
        public boolean contains(String name) {
            return resp.containsHeader(name);
        }

        @Override
        public void set(String name, String value, FixedHeader fixed) {
            resp.setHeader(name, value);
        }

        @Override
        public void add(String name, String value, FixedHeader fixed) {
            resp.addHeader(name, value);
        }
    }

    /**
     * Sends a response's headers in one pass over them, without the copy a map view would make.
     * The first value of a name replaces whatever the container holds under it (its own defaults,
     * or a filter's), later values are added. A name the container does not hold is simply added:
     * Jetty's {@code setHeader} searches and rebuilds its field list and allocates an iterator on
     * each call, while {@code containsHeader} only reads (Jetty starts a response with
     * {@code Date} and, unless disabled, {@code Server}).
     */
    private static final class HeaderWriter implements Headers.EntryConsumer {
        private final HeaderSink sink;
        private String[] sent = new String[8];
        private int count;

        HeaderWriter(HeaderSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(String name, String value, FixedHeader fixed) {
            if (name.length() == CONTENT_LENGTH.length() && name.equalsIgnoreCase(CONTENT_LENGTH)) {
                return; // the length is set from the body below
            }
            for (int i = 0; i < count; i++) {
                if (sent[i].equalsIgnoreCase(name)) {
                    sink.add(name, value, fixed);
                    return;
                }
            }
            if (sink.contains(name)) {
                sink.set(name, value, fixed);
            } else {
                sink.add(name, value, fixed);
            }
            if (count == sent.length) {
                sent = Arrays.copyOf(sent, count * 2);
            }
            sent[count++] = name;
        }
    }

    private static long contentLength(Response response) {
        if (!response.isStreaming()) {
            return response.bodyBytes().length;
        }
        String declared = response.header("Content-Length");
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The response's Content-Length header is not a number: '" + declared + "'");
        }
    }
}
