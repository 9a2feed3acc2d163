package dev.mosaic.server;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.apps.Apps;
import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Handler;
import dev.mosaic.http.HttpException;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.Middleware;
import dev.mosaic.template.TemplateBackend;
import dev.mosaic.urls.PathConverter;
import dev.mosaic.urls.Resolver;
import dev.mosaic.urls.ResolverMatch;
import dev.mosaic.urls.UrlConf;

import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A started Mosaic project: settings, the app registry, the compiled URL resolver, the template
 * backend, and the middleware chain compiled into a single handler. Built once at start-up
 * (by the servlet initializer, {@code runserver}, or the test client) and immutable after;
 * {@link #handle} is the whole per-request path.
 */
public final class Application {
    private final Settings settings;
    private final Apps apps;
    private final Resolver urls;
    private final TemplateBackend templates;
    private final Handler chain;

    private Application(Settings settings, String contextPath) {
        this.settings = settings;
        this.apps = Apps.populate(settings);
        this.urls = Resolver.compile(rootUrlConf(settings), converters(apps), contextPath);
        this.templates = templateBackend(settings, apps);
        this.chain = buildChain(settings, this::resolveAndCall);
    }

    /** Starts the project described by {@code settings}, mounted at the root. */
    public static Application start(Settings settings) {
        return new Application(settings, "");
    }

    /** Starts the project mounted at {@code contextPath} (a WAR's context path). */
    public static Application start(Settings settings, String contextPath) {
        return new Application(settings, contextPath);
    }

    /** Runs one request through the middleware chain, the resolver and the view. */
    public Response handle(Request request) {
        request.setApp(this);
        try {
            return chain.handle(request);
        } catch (HttpException e) {
            return Response.text(e.getMessage()).withStatus(e.status());
        } catch (Exception e) {
            return Response.text("Server Error (500)").withStatus(500);
        }
    }

    private Response resolveAndCall(Request request) throws Exception {
        ResolverMatch match = urls.resolve(request.path());
        request.setMatch(match);
        Response response = match.handler().handle(request);
        if (response == null) {
            throw new IllegalStateException("The view for " + match.route() + " returned null instead of a Response");
        }
        return response;
    }

    public Settings settings() {
        return settings;
    }

    public Apps apps() {
        return apps;
    }

    public Resolver urls() {
        return urls;
    }

    /** The template backend of {@code TEMPLATES.BACKEND}; fails clearly when none is configured. */
    public TemplateBackend templates() {
        if (templates == null) {
            throw new ImproperlyConfigured("No template backend is configured. Set TEMPLATES.BACKEND in settings.yaml,"
                    + " e.g. TEMPLATES: {BACKEND: dev.mosaic.templates.ThymeleafBackend}, and add the"
                    + " dev.mosaic:framework-templates dependency.");
        }
        return templates;
    }

    private static UrlConf rootUrlConf(Settings settings) {
        String name = settings.rootUrlconf();
        if (name == null || name.isBlank()) {
            return List::of;
        }
        Object o = newInstance(name, "ROOT_URLCONF", settings);
        if (!(o instanceof UrlConf u)) {
            throw new ImproperlyConfigured("ROOT_URLCONF names " + name + ", which does not implement dev.mosaic.urls.UrlConf.");
        }
        return u;
    }

    private static Map<String, PathConverter<?>> converters(Apps apps) {
        Map<String, PathConverter<?>> all = new HashMap<>();
        for (AppConfig app : apps.all()) {
            all.putAll(app.converters());
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
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ImproperlyConfigured("TEMPLATES.BACKEND names " + backend + ", which is not a TemplateBackend"
                    + " with a public (Settings, Apps) constructor: " + e, e);
        }
    }

    private static Handler buildChain(Settings settings, Handler inner) {
        Handler h = inner;
        List<String> names = settings.middleware();
        for (int i = names.size() - 1; i >= 0; i--) {
            Object o = newInstance(names.get(i), "MIDDLEWARE", settings);
            if (!(o instanceof Middleware m)) {
                throw new ImproperlyConfigured("MIDDLEWARE lists " + names.get(i) + ", which does not implement"
                        + " dev.mosaic.middleware.Middleware.");
            }
            h = m.wrap(h);
        }
        return h;
    }

    private static Object newInstance(String className, String key, Settings settings) {
        try {
            Class<?> c = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            try {
                return c.getConstructor(Settings.class).newInstance(settings);
            } catch (NoSuchMethodException e) {
                return c.getConstructor().newInstance();
            }
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured(key + " (from " + settings.origin(key) + ") names " + className
                    + ", which cannot be created: " + e, e);
        }
    }
}
