package dev.mosaic.templates;

import dev.mosaic.apps.Apps;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.template.TemplateBackend;
import dev.mosaic.template.TemplateDoesNotExist;
import dev.mosaic.templates.internal.ContextPathLinkBuilder;
import dev.mosaic.templates.internal.ContextProcessors;
import dev.mosaic.templates.internal.LoaderResolver;
import dev.mosaic.templates.internal.MosaicDialect;
import dev.mosaic.templates.internal.RenderErrors;
import dev.mosaic.templates.internal.StaticUrls;
import dev.mosaic.templates.internal.TemplateLoader;
import dev.mosaic.templates.internal.TemplateNames;
import dev.mosaic.templates.internal.TemplatesConfig;
import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Thymeleaf 3.1 as Mosaic's template backend. Select it in settings:
 *
 * <pre>{@code
 * TEMPLATES:
 *   BACKEND: dev.mosaic.templates.ThymeleafBackend
 *   DIRS: [templates]            # project-wide templates, searched first
 *   APP_DIRS: true               # then each installed app's templates/, in INSTALLED_APPS order
 *   OPTIONS:
 *     CONTEXT_PROCESSORS: [request, debug, static, com.example.site.SiteNameProcessor]
 * }</pre>
 *
 * and render from a view with {@code render(request, "polls/detail.html", Map.of("poll", poll))}.
 * Built once and shared by all threads: the settings are checked at start-up, the Thymeleaf
 * engine is made on the first rendering (as Django makes its engines on first use). Templates
 * are parsed once and cached with DEBUG off; with DEBUG on they are read again on every rendering, so edits show at once.
 * Rendering is buffered: a failure anywhere in a template sends nothing of it.
 */
public final class ThymeleafBackend implements TemplateBackend {
    private final StaticUrls staticUrls;
    // Made on the first rendering, as Django makes its template engines on first use: Thymeleaf
    // and the layout dialect (which brings the Groovy runtime) cost about 25 MB and 150 ms that a
    // site answering JSON, or not yet asked for a page, need not pay. What can be wrong in the
    // settings (dirs, APP_DIRS, context processors) is still checked at start-up, below.
    private volatile TemplateEngine engine;
    private final TemplateLoader loader;
    private final LoaderResolver resolver;
    private final ContextProcessors processors;
    /** Thymeleaf's locale (for #dates, #numbers): fixed, so pages don't change with the server's locale. */
    private final Locale locale = Locale.US;

    /** Called by core at start-up with the project's settings and populated app registry. */
    public ThymeleafBackend(Settings settings, Apps apps) {
        TemplatesConfig config = TemplatesConfig.from(settings);
        this.staticUrls = new StaticUrls(settings);
        this.loader = new TemplateLoader(config, apps);
        this.resolver = new LoaderResolver(loader, !config.debug());
        this.processors = new ContextProcessors(config.contextProcessors(), settings);
    }

    private TemplateEngine engine() {
        TemplateEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = new TemplateEngine();
                    e.setTemplateResolver(resolver);
                    e.setLinkBuilder(new ContextPathLinkBuilder());
                    e.addDialect(new LayoutDialect());
                    e.addDialect(new MosaicDialect(staticUrls));
                    engine = e;
                }
            }
        }
        return e;
    }

    @Override
    public String render(String name, Map<String, Object> context, Request request) {
        if (loader.find(name) == null) {
            TemplateNames.check(name);
            throw new TemplateDoesNotExist(resolver.notFound(name));
        }
        Map<String, Object> variables = new HashMap<>();
        if (request != null) {
            processors.apply(request, variables);
            variables.put(MosaicDialect.REQUEST_VARIABLE, request);
        }
        if (context != null) {
            variables.putAll(context);
        }
        try {
            return engine().process(name, new Context(locale, variables));
        } catch (RuntimeException e) {
            throw RenderErrors.translate(name, e);
        }
    }

    @Override
    public boolean exists(String name) {
        return loader.find(name) != null;
    }
}
