package dev.mosaic.benchmarks.servers;

import dev.mosaic.benchmarks.workload.Database;
import dev.mosaic.benchmarks.workload.FortunesPage;
import dev.mosaic.benchmarks.workload.Message;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The baseline: one {@link HttpServlet} on embedded Jetty, set up exactly as Mosaic's
 * {@code EmbeddedServer} sets up its own (200 platform threads, no sessions, a graceful
 * handler), answering each workload with no framework at all: Jackson called directly, and the
 * fortunes template processed by a plain Thymeleaf {@link TemplateEngine} (cached, no dialects,
 * a plain {@link Context}), sent with its length like every other body here. The physical limit
 * of a framework on the Servlet API, and of one that renders with Thymeleaf.
 */
public final class RawServer extends HttpServlet {
    private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TemplateEngine TEMPLATES = templateEngine();

    public static void main(String[] args) throws Exception {
        Workloads.open();
        Server server = new Server(new QueuedThreadPool(200));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(Workloads.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder("raw", new RawServer()), "/");
        server.setHandler(new GracefulHandler(context));
        server.setStopAtShutdown(true);
        server.start();
        server.join();
    }

    /** Thymeleaf alone: templates from the class path's {@code templates/}, parsed once and cached. */
    static TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        switch (path) {
            case "/plaintext" -> send(resp, "text/plain; charset=utf-8", HELLO);
            case "/json" -> send(resp, "application/json", JSON.writeValueAsBytes(new Message(Message.HELLO)));
            case "/h2/db", "/pg/db" -> {
                Database db = Workloads.byName(path.substring(1, 3));
                send(resp, "application/json", JSON.writeValueAsBytes(db.randomWorld()));
            }
            case "/h2/fortunes", "/pg/fortunes" -> {
                Database db = Workloads.byName(path.substring(1, 3));
                Context model = new Context(Locale.US, FortunesPage.model(db.sortedFortunes()));
                String html = TEMPLATES.process(FortunesPage.TEMPLATE, model);
                send(resp, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            }
            default -> resp.sendError(404);
        }
    }

    private static void send(HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
