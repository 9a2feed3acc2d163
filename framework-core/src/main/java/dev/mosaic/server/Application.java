package dev.mosaic.server;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.apps.Apps;
import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.contrib.staticfiles.StaticFiles;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.HttpException;
import dev.mosaic.http.Request;
import dev.mosaic.http.internal.HostPolicy;
import dev.mosaic.http.internal.UploadLimits;
import dev.mosaic.http.Response;
import dev.mosaic.internal.Instantiation;
import dev.mosaic.internal.SecretKeys;
import dev.mosaic.middleware.internal.Chain;
import dev.mosaic.middleware.internal.ExceptionResponder;
import dev.mosaic.template.TemplateBackend;
import dev.mosaic.urls.Converters;
import dev.mosaic.urls.PathConverter;
import dev.mosaic.urls.Resolver;
import dev.mosaic.urls.ResolverMatch;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.internal.ViewDescription;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A started Mosaic project: settings, the app registry, the compiled URL resolver, the template
 * backend, and the middleware chain compiled into a single handler. Built once at start-up
 * (by the servlet initializer, {@code runserver}, or the test client) and immutable after;
 * {@link #handle} is the whole per-request path. {@link #close} releases what modules attached
 * at start-up (the ORM's connection pools).
 */
public final class Application implements AutoCloseable {
    private final Settings settings;
    private final Apps apps;
    private final Resolver urls;
    private final TemplateBackend templates;
    private final UploadLimits uploadLimits;
    private final HostPolicy hostPolicy;
    private final ExceptionResponder responder;
    private final StaticFiles staticFiles;
    private final Chain chain;
    private final String contextPath;

    /** Marks a stand-in request: the chain's view layer throws this error instead of resolving. */
    private static final String INVALID_REQUEST = "dev.mosaic.server.invalidRequest";

    private Application(Settings configured, String contextPath) {
        Settings settings = SecretKeys.withDevelopmentKey(configured);
        this.settings = settings;
        this.contextPath = normalized(contextPath);
        this.uploadLimits = UploadLimits.from(settings);
        this.hostPolicy = HostPolicy.from(settings);
        this.apps = Apps.populate(settings);
        try {
            UrlConf root = rootUrlConf(settings);
            this.urls = Resolver.compile(root, converters(apps), contextPath);
            this.templates = templateBackend(settings, apps);
            this.responder = new ExceptionResponder(settings, root, templates);
            this.staticFiles = StaticFiles.start(settings, apps, contextPath);
            this.chain = Chain.build(settings, this::resolveAndCall, responder);
        } catch (RuntimeException | Error e) {
            // A project that fails to start must not keep the pools its models hook opened.
            apps.close();
            throw e;
        }
    }

    /** Starts the project described by {@code settings}, mounted at the root. */
    public static Application start(Settings settings) {
        return new Application(settings, "");
    }

    /** Starts the project mounted at {@code contextPath} (a WAR's context path). */
    public static Application start(Settings settings, String contextPath) {
        return new Application(settings, contextPath);
    }

    /**
     * Runs one request through the middleware chain, the resolver and the view. Never throws:
     * every layer of the chain turns an exception into an error response where it is thrown
     * (see {@code ExceptionResponder}), so outer middleware always sees a response.
     */
    public Response handle(Request request) {
        request.setApp(this);
        try {
            request.host(); // ALLOWED_HOSTS and the proxy headers, checked before any middleware or view
        } catch (HttpException badHost) {
            // Answered like Django's DisallowedHost: a 400 through the chain, so the error page,
            // handler400 and the middleware's headers apply; middleware asking for host() get the same error.
            request.setAttribute(INVALID_REQUEST, badHost);
        }
        return chain.handle(request);
    }

    /**
     * Answers a request the adapter could not build as sent (a malformed path, say) with the
     * error page for {@code error}, through the middleware chain like any other response: so it
     * gets the middleware's headers, {@code handler400} or {@code 400.html}, and JSON for a
     * client that prefers it. The servlet and the test client both use it.
     *
     * @param request a stand-in with what could be read (the method, the raw path, the headers)
     */
    public Response handleInvalid(Request request, HttpException error) {
        request.setApp(this);
        request.setAttribute(INVALID_REQUEST, error);
        return chain.handle(request);
    }

    /**
     * The error response for a failure after the chain returned, such as a streamed body that
     * throws before anything was sent: the same page the chain would give (DEBUG, handler500,
     * 500.html, JSON), without running the middleware again.
     */
    public Response errorResponse(Request request, Throwable error) {
        return responder.respond(request, error);
    }

    /**
     * Where the project is mounted: {@code ""} at the root, {@code "/shop"} for a WAR deployed as
     * {@code shop.war}. {@code reverse()} puts it in front of every path; the test client gives it
     * to the requests it builds, as the container does.
     */
    public String contextPath() {
        return contextPath;
    }

    private static String normalized(String contextPath) {
        String p = contextPath == null ? "" : contextPath;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /**
     * ALLOWED_HOSTS and the proxy settings (REMOTE_ADDR_HEADER among them), read once at start-up;
     * {@link Request#host()} and {@link Request#remoteAddr()} ask it.
     */
    public HostPolicy hostPolicy() {
        return hostPolicy;
    }

    /**
     * Releases what modules attached to the app registry at start-up, such as the ORM's
     * connection pools and session factories ({@link Apps#close()}). Called when the WAR is
     * undeployed, when {@code runserver} stops, and by {@code @MosaicTest} after a test class.
     */
    @Override
    public void close() {
        apps.close();
    }

    /** The upload limits of the settings, read once at start-up; {@link Request} reads them from here. */
    public UploadLimits uploadLimits() {
        return uploadLimits;
    }

    private Response resolveAndCall(Request request) throws Exception {
        if (request.attribute(INVALID_REQUEST) instanceof HttpException invalid) {
            throw invalid;
        }
        String method = request.method();
        if (!Methods.isDispatched(method) && !method.equals("TRACE") && !method.equals("CONNECT")) {
            return Methods.refuse(method, null);
        }
        // As Django's runserver: with DEBUG on, STATIC_URL is answered from the finders before any route.
        Response file = staticFiles.serve(request);
        if (file != null) {
            return file;
        }
        ResolverMatch match = request.match(); // set when a middleware needed the view first (CsrfMiddleware)
        if (match == null) {
            match = urls.resolve(request.path());
            request.setMatch(match);
        }
        if (!Methods.isDispatched(method)) {
            return Methods.refuse(method, match.handler());
        }
        Response response = match.handler().handle(request);
        if (response == null) {
            throw new IllegalStateException("The view " + viewName(match) + " for route '" + match.route()
                    + "' returned null instead of a Response. Return a Response, e.g. Response.html(...).");
        }
        return response;
    }

    /** A class-based view's class name; for a lambda or method reference, its URL name (error path only). */
    private static String viewName(ResolverMatch match) {
        Class<?> c = match.handler().getClass();
        if (c.isSynthetic() || c.getName().contains("$$Lambda")) {
            return match.viewName() == null ? "(an unnamed function view)" : "'" + match.viewName() + "'";
        }
        return ViewDescription.of(match.handler());
    }

    public Settings settings() {
        return settings;
    }

    public Apps apps() {
        return apps;
    }

    /** STATIC_URL, the finders and the manifest, read at start-up; see {@code Static.url}. */
    public StaticFiles staticFiles() {
        return staticFiles;
    }

    public Resolver urls() {
        return urls;
    }

    /** The template backend of {@code TEMPLATES.BACKEND}; fails clearly when none is configured. */
    public TemplateBackend templates() {
        if (templates == null) {
            throw new ImproperlyConfigured("No template backend is configured, so render() has nothing to render"
                    + " with. Fix: set TEMPLATES: {BACKEND: <a class implementing dev.mosaic.template.TemplateBackend>}"
                    + " in settings.yaml, or return a Response built in code.");
        }
        return templates;
    }

    private static UrlConf rootUrlConf(Settings settings) {
        String name = settings.rootUrlconf();
        if (name == null || name.isBlank()) {
            return List::of;
        }
        return Instantiation.create(UrlConf.class, name, settings, "ROOT_URLCONF", "names");
    }

    /**
     * The apps' converters by name. Two apps claiming one name, or an app redefining a built-in,
     * would silently change what other apps' routes match, so either stops start-up.
     */
    private static Map<String, PathConverter<?>> converters(Apps apps) {
        Map<String, PathConverter<?>> all = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (AppConfig app : apps.all()) {
            for (Map.Entry<String, PathConverter<?>> e : app.converters().entrySet()) {
                String name = e.getKey();
                if (Converters.builtins().containsKey(name)) {
                    throw new ImproperlyConfigured("The app '" + app.label() + "' registers a path converter named '"
                            + name + "', which is a built-in converter. Fix: give it another name in "
                            + app.getClass().getName() + ".converters().");
                }
                String owner = owners.putIfAbsent(name, app.label());
                if (owner != null) {
                    throw new ImproperlyConfigured("The apps '" + owner + "' and '" + app.label() + "' both register a"
                            + " path converter named '" + name + "'. Fix: rename one of them; routes refer to"
                            + " converters by name.");
                }
                all.put(name, e.getValue());
            }
        }
        return all;
    }

    private static TemplateBackend templateBackend(Settings settings, Apps apps) {
        Object backend = settings.map("TEMPLATES").get("BACKEND");
        if (backend == null) {
            return null;
        }
        try {
            Class<?> c = Class.forName(backend.toString(), true, Thread.currentThread().getContextClassLoader());
            Constructor<?> ctor = c.getConstructor(Settings.class, Apps.class);
            return (TemplateBackend) ctor.newInstance(settings, apps);
        } catch (InvocationTargetException e) {
            // The backend's own start-up error (an ImproperlyConfigured naming its setting) is the one to show.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ImproperlyConfigured("TEMPLATES.BACKEND " + backend + " failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ImproperlyConfigured("TEMPLATES.BACKEND names " + backend + ", which is not a TemplateBackend"
                    + " with a public (Settings, Apps) constructor: " + e, e);
        }
    }
}
