package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.contrib.sessions.Session;
import dev.mosaic.http.internal.HostPolicy;
import dev.mosaic.http.internal.RequestOrigin;
import dev.mosaic.http.internal.UploadLimits;
import dev.mosaic.middleware.internal.LocationPaths;
import dev.mosaic.server.Application;
import dev.mosaic.urls.ResolverMatch;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as a view sees it, independent of the container: the servlet adapter, the
 * test client and the request factory all build one with {@link #builder}. Parsing (query,
 * cookies, form body) happens lazily, once, on first use.
 *
 * <p>A request belongs to one thread; it is not thread-safe. Whoever built it calls
 * {@link #close} when the response has been written, which deletes spooled uploads.
 */
public final class Request implements AutoCloseable {
    private final String method;
    private final String path;
    private final String queryString;
    private final Headers headers;
    private final String scheme;
    private final String serverName;
    private final int serverPort;
    private final String socketAddr;
    private final String contextPath;
    private final RequestBody body;

    private Application application;
    private ResolverMatch match;
    // A request carries a handful of attributes (session, messages, CSRF state, user): two small
    // arrays searched in order cost less than a HashMap and its table per request.
    private String[] attributeNames;
    private Object[] attributeValues;
    private int attributeCount;
    private Params query;
    private Map<String, String> cookies;
    private RequestOrigin origin;
    private String remoteAddr;

    private Request(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.queryString = b.queryString;
        this.headers = b.headers;
        this.scheme = b.scheme;
        this.serverName = b.serverName;
        this.serverPort = b.serverPort;
        this.socketAddr = b.remoteAddr;
        this.contextPath = b.contextPath;
        this.body = new RequestBody(b.body, b.contentLength, this);
    }

    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    // ---- the request line ---------------------------------------------------------------

    /** The method in upper case: {@code GET}, {@code POST}, ... */
    public String method() {
        return method;
    }

    /** The percent-decoded path below the context path, always starting with {@code /}. */
    public String path() {
        return path;
    }

    /** The raw query string without {@code ?}, or null. */
    public String queryString() {
        return queryString;
    }

    /** The path with the query string, as a browser would show it: {@code /blog/?page=2}. */
    public String fullPath() {
        return queryString == null || queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /** Where the application is mounted ("" at the root; "/shop" for a WAR named shop.war). */
    public String contextPath() {
        return contextPath;
    }

    /**
     * {@code "https"} or {@code "http"}: as the container saw it, or, when
     * {@code SECURE_PROXY_SSL_HEADER} is configured and the proxy sent that header, what it says.
     */
    public String scheme() {
        return origin().scheme();
    }

    /** True when the request came over HTTPS (as the container saw it, or the trusted proxy says). */
    public boolean isSecure() {
        return origin().isSecure();
    }

    /**
     * The host the client asked for, validated against {@code ALLOWED_HOSTS}: the {@code Host}
     * header (or, with {@code USE_X_FORWARDED_HOST}, {@code X-Forwarded-Host}) in lower case,
     * without the port. Django's {@code get_host()} without the port.
     *
     * @throws DisallowedHost when the host is malformed or not allowed (the application answers
     *         such a request with 400 before any view runs)
     */
    public String host() {
        return validOrigin().host();
    }

    /**
     * The port the client connected to: from {@code X-Forwarded-Port} when
     * {@code USE_X_FORWARDED_PORT} is on and the proxy sent it, else from the {@code Host}
     * header, else the scheme's default (the server's port when no Host was sent).
     */
    public int port() {
        return validOrigin().port();
    }

    /**
     * An absolute URL for {@code location}, built from the validated scheme, host and port
     * (the port only when it is not the scheme's default), as Django's
     * {@code build_absolute_uri}: an absolute URL is returned as is, {@code //host/path} gets the
     * scheme, {@code /path} (as {@code reverse()} returns, context path included) gets scheme
     * and host, and a relative path is resolved against this request's URL.
     *
     * <pre>{@code
     * String link = request.buildAbsoluteUri(request.reverse("polls:detail", 7));
     * // "https://example.com/polls/7/"
     * }</pre>
     *
     * @throws DisallowedHost when the request's host is not allowed
     */
    public String buildAbsoluteUri(String location) {
        RequestOrigin o = validOrigin();
        String base = o.scheme() + "://" + o.host()
                + (o.port() == RequestOrigin.defaultPort(o.scheme()) || o.port() < 0 ? "" : ":" + o.port());
        if (location == null) {
            return base + LocationPaths.escape(contextPath + path)
                    + (queryString == null || queryString.isEmpty() ? "" : "?" + queryString);
        }
        String scheme = Redirects.schemeOf(location);
        if (!scheme.isEmpty()) {
            return location;
        }
        if (location.startsWith("//")) {
            return o.scheme() + ":" + location;
        }
        if (location.startsWith("/")) {
            return base + location;
        }
        String current = LocationPaths.escape(contextPath + path);
        return base + current.substring(0, current.lastIndexOf('/') + 1) + location;
    }

    /** The absolute URL of this request itself, query string included. */
    public String buildAbsoluteUri() {
        return buildAbsoluteUri(null);
    }

    /**
     * The client's IP address ({@code REMOTE_ADDR} in Django): the address of the connection,
     * or, when {@code REMOTE_ADDR_HEADER} names the header a proxy in front sets (Nginx:
     * {@code proxy_set_header X-Real-IP $remote_addr;}) and it holds an IP address, that one.
     * Behind a proxy without the setting, every client has the proxy's address. Worked out once,
     * on first use.
     */
    public String remoteAddr() {
        if (remoteAddr == null) {
            HostPolicy policy = application == null ? HostPolicy.UNCHECKED : application.hostPolicy();
            remoteAddr = policy.clientAddress(headers, socketAddr);
        }
        return remoteAddr;
    }

    /**
     * The validated host with the port as sent ({@code example.com:8000}; {@code example.com}
     * when the client named no port): Django's {@code get_host()}. {@code X-Forwarded-Host} is
     * used only with {@code USE_X_FORWARDED_HOST}.
     *
     * @throws DisallowedHost when the request's host is not allowed
     */
    public String authority() {
        return validOrigin().authority();
    }

    private RequestOrigin validOrigin() {
        RequestOrigin o = origin();
        if (o.error() != null) {
            throw o.error();
        }
        return o;
    }

    /** Worked out once, on first use, by the application's host policy (built at start-up). */
    private RequestOrigin origin() {
        if (origin == null) {
            HostPolicy policy = application == null ? HostPolicy.UNCHECKED : application.hostPolicy();
            origin = policy.resolve(headers, scheme, serverName, serverPort);
        }
        return origin;
    }

    // ---- headers and cookies ------------------------------------------------------------

    public Headers headers() {
        return headers;
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The cookies the client sent, by name (the first one wins when a name repeats). */
    public Map<String, String> cookies() {
        if (cookies == null) {
            cookies = CookieParser.parse(headers.all("Cookie"));
        }
        return cookies;
    }

    public String cookie(String name) {
        return cookies().get(name);
    }

    // ---- parameters and body ------------------------------------------------------------

    /** Query-string parameters ({@code request.GET} in Django), at most DATA_UPLOAD_MAX_NUMBER_FIELDS. */
    public Params query() {
        if (query == null) {
            int maxFields = (int) Math.min(Integer.MAX_VALUE, limits().maxFields());
            query = UrlEncoded.parse(queryString, StandardCharsets.UTF_8, maxFields);
        }
        return query;
    }

    /**
     * Form fields ({@code request.POST}) from a urlencoded or {@code multipart/form-data} body;
     * empty for other bodies. Parsed once, on first use, within the upload limits.
     */
    public Params form() {
        return body.form(headers.get("Content-Type"), limits());
    }

    /** Uploaded files by field name ({@code request.FILES}); empty unless the body is multipart. */
    public Map<String, List<UploadedFile>> files() {
        return body.files(headers.get("Content-Type"), limits());
    }

    /** The first file uploaded in field {@code name}, or null. */
    public UploadedFile file(String name) {
        List<UploadedFile> list = files().get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /**
     * The body as JSON, bound to {@code type} ({@code record}s work). A body that is not JSON,
     * has content after the value, nests too deep, or does not fit the type is a
     * {@link BadRequest} saying what and where; another Content-Type is an
     * {@link UnsupportedMediaType}.
     */
    public <T> T json(Class<T> type) {
        return Json.read(this, type);
    }

    /** The body as a JSON tree, with the same checks as {@link #json(Class)}. */
    public JsonNode json() {
        return Json.readTree(this);
    }

    /** Deletes the temporary files of spooled uploads. Idempotent; the request stays readable otherwise. */
    @Override
    public void close() {
        body.close();
    }

    /** The {@code Content-Type} without parameters, in lower case; "" when absent. */
    public String mediaType() {
        String ct = headers.get("Content-Type");
        return ct == null ? "" : HeaderParams.type(ct);
    }

    /** The body's charset from {@code Content-Type}, UTF-8 when none is given. */
    public Charset charset() {
        return RequestBody.charset(headers.get("Content-Type"));
    }

    /** The declared {@code Content-Length}, or -1. */
    public long contentLength() {
        return body.contentLength();
    }

    /**
     * The whole body, read once and kept. At most {@code DATA_UPLOAD_MAX_MEMORY_SIZE} bytes are
     * read: a larger body is a {@link RequestDataTooBig} (413), stopped without buffering the rest.
     */
    public byte[] body() {
        return body.bytes(limits());
    }

    /**
     * The body as a stream, with no size limit: the view takes responsibility. After
     * {@link #body()} was called, a stream over the kept bytes.
     */
    public InputStream bodyStream() {
        return body.stream();
    }

    /** The application's upload limits (read once at its start-up), or Django's defaults outside one. */
    private UploadLimits limits() {
        return application == null ? UploadLimits.DEFAULTS : application.uploadLimits();
    }

    // ---- routing and framework state ----------------------------------------------------

    /** The URL resolver's match for this request: the view, its arguments and the URL name. */
    public ResolverMatch match() {
        return match;
    }

    /** Set by the resolver. */
    public void setMatch(ResolverMatch match) {
        this.match = match;
    }

    /**
     * The converted value of a path parameter: an {@code Integer} for {@code <int:id>}, a
     * {@code UUID} for {@code <uuid:key>}, a {@code String} for {@code str}, {@code slug} and
     * {@code path}.
     *
     * @throws IllegalArgumentException when the matched route has no such parameter
     */
    @SuppressWarnings("unchecked")
    public <T> T pathParam(String name) {
        Object v = match == null ? null : match.kwargs().get(name);
        if (v == null) {
            throw new IllegalArgumentException("No path parameter '" + name + "' in route '"
                    + (match == null ? "(not resolved)" : match.route()) + "'; the route has "
                    + (match == null ? "none" : match.kwargs().keySet()));
        }
        return (T) v;
    }

    /** All named path parameters, converted. */
    public Map<String, Object> pathParams() {
        return match == null ? Map.of() : match.kwargs();
    }

    /** The running application: settings, apps, URL resolver, template backend. */
    public Application app() {
        return application;
    }

    /** Set by the application when the request enters it. */
    public void setApp(Application application) {
        if (this.application != application) {
            origin = null; // another application, another ALLOWED_HOSTS
            remoteAddr = null; // and maybe another REMOTE_ADDR_HEADER
        }
        this.application = application;
    }

    /** The application's settings. */
    public Settings settings() {
        return attachedApp().settings();
    }

    /** Shorthand for {@code app().urls().reverse(name, args)}. */
    public String reverse(String name, Object... args) {
        return attachedApp().urls().reverse(name, args);
    }

    private Application attachedApp() {
        if (application == null) {
            throw new IllegalStateException("The request " + this + " belongs to no application, so it has no"
                    + " settings or URLs (Request.builder makes such a request). In a test, build it with"
                    + " dev.mosaic.test.RequestFactory, which attaches the application, or send it with"
                    + " dev.mosaic.test.Client.");
        }
        return application;
    }

    /**
     * The visitor's session ({@code request.session} in Django), attached by
     * {@code dev.mosaic.contrib.sessions.SessionMiddleware}.
     *
     * @throws IllegalStateException when that middleware is not in {@code MIDDLEWARE}
     */
    public Session session() {
        Session session = attribute(Session.class.getName());
        if (session == null) {
            throw new IllegalStateException("request.session() needs dev.mosaic.contrib.sessions.SessionMiddleware,"
                    + " which is not in MIDDLEWARE (or not in front of the code calling it). Fix: add"
                    + " dev.mosaic.contrib.sessions.SessionMiddleware to MIDDLEWARE, before the middleware and"
                    + " views that use sessions.");
        }
        return session;
    }

    /**
     * The user who made the request ({@code request.user} in Django), anonymous when nobody is
     * logged in; attached by {@code dev.mosaic.contrib.auth.AuthenticationMiddleware} and loaded
     * on first use.
     *
     * @throws IllegalStateException when that middleware is not installed
     */
    public RequestUser user() {
        return RequestUser.of(this);
    }

    /** Per-request values set by middleware (session, user, CSRF token, ...). */
    @SuppressWarnings("unchecked")
    public <T> T attribute(String name) {
        int i = attributeIndex(name);
        return i < 0 ? null : (T) attributeValues[i];
    }

    public void setAttribute(String name, Object value) {
        Objects.requireNonNull(name, "name");
        int i = attributeIndex(name);
        if (i >= 0) {
            attributeValues[i] = value;
            return;
        }
        if (attributeNames == null) {
            attributeNames = new String[4];
            attributeValues = new Object[4];
        } else if (attributeCount == attributeNames.length) {
            attributeNames = Arrays.copyOf(attributeNames, attributeCount * 2);
            attributeValues = Arrays.copyOf(attributeValues, attributeCount * 2);
        }
        attributeNames[attributeCount] = name;
        attributeValues[attributeCount++] = value;
    }

    /** A read-only copy of the attributes set so far. */
    public Map<String, Object> attributes() {
        if (attributeCount == 0) {
            return Map.of();
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < attributeCount; i++) {
            map.put(attributeNames[i], attributeValues[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private int attributeIndex(String name) {
        for (int i = 0; i < attributeCount; i++) {
            String n = attributeNames[i];
            if (n == name || n.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return method + " " + fullPath();
    }

    /** Builds a request; the servlet adapter, the test client and tests use it. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String queryString;
        private final Headers headers = new Headers();
        private String scheme = "http";
        private String serverName = "testserver";
        private int serverPort = 80;
        private String remoteAddr = "127.0.0.1";
        private String contextPath = "";
        private InputStream body;
        private long contentLength = -1;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.path = path == null || path.isEmpty() ? "/" : path;
        }

        public Builder query(String queryString) {
            this.queryString = queryString;
            return this;
        }

        /**
         * Adds a request header. Unlike a response's headers, a request's are not checked for CR
         * or LF: the container has parsed them already, and they never reach the wire from here.
         */
        public Builder header(String name, String value) {
            headers.addRequestHeader(name, value);
            return this;
        }

        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        public Builder server(String name, int port) {
            this.serverName = name;
            this.serverPort = port;
            return this;
        }

        /** The address of the connection, as the container saw it (the proxy's, behind one). */
        public Builder remoteAddr(String remoteAddr) {
            this.remoteAddr = remoteAddr;
            return this;
        }

        public Builder contextPath(String contextPath) {
            this.contextPath = contextPath == null ? "" : contextPath;
            return this;
        }

        public Builder body(byte[] bytes) {
            this.body = new ByteArrayInputStream(bytes);
            this.contentLength = bytes.length;
            return this;
        }

        public Builder body(InputStream in, long contentLength) {
            this.body = in;
            this.contentLength = contentLength;
            return this;
        }

        public Request build() {
            return new Request(this);
        }
    }
}
