package dev.mosaic.http;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.urls.ResolverMatch;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final String remoteAddr;
    private final String contextPath;
    private final InputStream bodyStream;
    private final long contentLength;

    private Application application;
    private ResolverMatch match;
    private Map<String, Object> attributes;
    private Params query;
    private Params form;
    private Map<String, String> cookies;
    private byte[] body;
    private boolean bodyStreamConsumed;
    private Map<String, List<UploadedFile>> files;
    private RuntimeException formError;
    private UploadLimits limits;

    private Request(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.queryString = b.queryString;
        this.headers = b.headers;
        this.scheme = b.scheme;
        this.serverName = b.serverName;
        this.serverPort = b.serverPort;
        this.remoteAddr = b.remoteAddr;
        this.contextPath = b.contextPath;
        this.bodyStream = b.body;
        this.contentLength = b.contentLength;
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

    public String scheme() {
        return scheme;
    }

    /** True when the request came over HTTPS (as the container saw it; see the proxy settings). */
    public boolean isSecure() {
        return "https".equalsIgnoreCase(scheme);
    }

    /** The host the client asked for: the Host header without the port, else the server name. */
    public String host() {
        String h = headers.get("Host");
        if (h == null || h.isEmpty()) {
            return serverName;
        }
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            return h.substring(0, colon);
        }
        return h;
    }

    public int port() {
        return serverPort;
    }

    public String remoteAddr() {
        return remoteAddr;
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
        parseForm();
        return form;
    }

    /** Uploaded files by field name ({@code request.FILES}); empty unless the body is multipart. */
    public Map<String, List<UploadedFile>> files() {
        parseForm();
        return files;
    }

    /** The first file uploaded in field {@code name}, or null. */
    public UploadedFile file(String name) {
        List<UploadedFile> list = files().get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private void parseForm() {
        if (formError != null) {
            throw formError;
        }
        if (form != null) {
            return;
        }
        try {
            String type = mediaType();
            Params parsed = Params.empty();
            Map<String, List<UploadedFile>> uploads = Map.of();
            if (type.equals("application/x-www-form-urlencoded")) {
                int maxFields = (int) Math.min(Integer.MAX_VALUE, limits().maxFields());
                parsed = UrlEncoded.parse(new String(body(), charset()), charset(), maxFields);
            } else if (type.equals("multipart/form-data")) {
                String boundary = MultipartParser.boundary(headers.get("Content-Type"));
                InputStream in = body != null ? new ByteArrayInputStream(body) : consumeBodyStream();
                MultipartParser.Result result;
                try (in) {
                    result = new MultipartParser(in, boundary, limits(), charset()).parse();
                } catch (IOException e) {
                    throw unreadable(e);
                }
                parsed = result.form();
                uploads = result.files();
            }
            files = uploads;
            form = parsed;
        } catch (RuntimeException e) {
            formError = e;
            throw e;
        }
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
        if (files != null) {
            for (List<UploadedFile> list : files.values()) {
                for (UploadedFile f : list) {
                    f.deleteTemporary();
                }
            }
        }
    }

    /** The {@code Content-Type} without parameters, in lower case; "" when absent. */
    public String mediaType() {
        String ct = headers.get("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The body's charset from {@code Content-Type}, UTF-8 when none is given. */
    public Charset charset() {
        String ct = headers.get("Content-Type");
        if (ct != null) {
            int i = ct.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                String name = ct.substring(i + 8).trim();
                int semi = name.indexOf(';');
                if (semi >= 0) {
                    name = name.substring(0, semi).trim();
                }
                name = name.replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new BadRequest("Unsupported charset '" + name + "' in Content-Type");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The declared {@code Content-Length}, or -1. */
    public long contentLength() {
        return contentLength;
    }

    /**
     * The whole body, read once and kept. At most {@code DATA_UPLOAD_MAX_MEMORY_SIZE} bytes are
     * read: a larger body is a {@link RequestDataTooBig} (413), stopped without buffering the rest.
     */
    public byte[] body() {
        if (body == null) {
            long max = limits().maxMemorySize();
            if (contentLength > max) {
                throw UploadLimits.tooBig(max);
            }
            try (InputStream in = consumeBodyStream()) {
                byte[] read = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
                if (read.length > max) {
                    throw UploadLimits.tooBig(max);
                }
                body = read;
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
        return body;
    }

    /**
     * The body as a stream, with no size limit: the view takes responsibility. After
     * {@link #body()} was called, a stream over the kept bytes.
     */
    public InputStream bodyStream() {
        if (body != null) {
            return new ByteArrayInputStream(body);
        }
        return consumeBodyStream();
    }

    private InputStream consumeBodyStream() {
        if (bodyStreamConsumed) {
            throw new IllegalStateException("The request body of " + this + " was already read as a stream"
                    + " (by bodyStream() or the multipart parser); read it one way only: body(), form()/files(),"
                    + " json() or bodyStream()");
        }
        bodyStreamConsumed = true;
        return bodyStream == null ? InputStream.nullInputStream() : bodyStream;
    }

    private static BadRequest unreadable(IOException e) {
        return new BadRequest("The request body could not be read to the end (the client sent less than it"
                + " announced or disconnected)", e);
    }

    /** The upload limits from settings, or Django's defaults for a request outside an application. */
    UploadLimits limits() {
        if (limits == null) {
            limits = UploadLimits.from(application == null ? null : application.settings());
        }
        return limits;
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
        this.application = application;
    }

    public Settings settings() {
        return application.settings();
    }

    /** Shorthand for {@code app().urls().reverse(name, args)}. */
    public String reverse(String name, Object... args) {
        return application.urls().reverse(name, args);
    }

    /** Per-request values set by middleware (session, user, CSRF token, ...). */
    @SuppressWarnings("unchecked")
    public <T> T attribute(String name) {
        return attributes == null ? null : (T) attributes.get(name);
    }

    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        attributes.put(name, value);
    }

    public Map<String, Object> attributes() {
        return attributes == null ? Map.of() : Collections.unmodifiableMap(attributes);
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

        public Builder header(String name, String value) {
            headers.add(name, value);
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

    /** Parses {@code Cookie} request headers (RFC 6265, lenient like browsers). */
    static final class CookieParser {
        private CookieParser() {
        }

        static Map<String, String> parse(java.util.List<String> headerValues) {
            if (headerValues.isEmpty()) {
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String header : headerValues) {
                for (String part : header.split(";")) {
                    int eq = part.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = part.substring(0, eq).trim();
                    String value = part.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!name.isEmpty()) {
                        out.putIfAbsent(name, value);
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
