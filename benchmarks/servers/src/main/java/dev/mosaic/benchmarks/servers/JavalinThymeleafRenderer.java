package dev.mosaic.benchmarks.servers;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Map;

/**
 * Javalin's Thymeleaf renderer as javalin-rendering ships it ({@code JavalinThymeleaf} in
 * 6.7.0, the latest release: there is no javalin-rendering for Javalin 7), with the same
 * per-request work: a {@link WebContext} over the request's Jakarta servlet exchange. Given to
 * Javalin with {@code config.fileRenderer(...)} and used through {@code ctx.render(name, model)},
 * as a Javalin user renders a page.
 */
final class JavalinThymeleafRenderer implements FileRenderer {
    private final TemplateEngine engine;

    JavalinThymeleafRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(ctx.req().getServletContext());
        IWebExchange exchange = application.buildExchange(ctx.req(), ctx.res());
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) model;
        return engine.process(filePath, new WebContext(exchange, exchange.getLocale(), variables));
    }
}
