package dev.mosaic.benchmarks.servers;

import dev.mosaic.benchmarks.workload.Database;
import dev.mosaic.benchmarks.workload.FortunesPage;
import dev.mosaic.benchmarks.workload.Message;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson3;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Javalin peer, on the same Jetty 12 with the same 200-thread pool: plain handlers, JSON
 * through Javalin's Jackson 3 mapper (the Jackson Mosaic uses), the fortunes page through
 * {@code ctx.render} and a Thymeleaf file renderer ({@link JavalinThymeleafRenderer}, what
 * javalin-rendering does, with the raw servlet's cached engine), no plugins.
 */
public final class JavalinServer {
    private JavalinServer() {
    }

    public static void main(String[] args) {
        Workloads.open();
        Javalin.start(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = Workloads.port();
            config.jetty.threadPool = new QueuedThreadPool(200);
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson3());
            config.fileRenderer(new JavalinThymeleafRenderer(RawServer.templateEngine()));
            config.routes.get("/plaintext", ctx -> ctx.result(Message.HELLO));
            config.routes.get("/json", ctx -> ctx.json(new Message(Message.HELLO)));
            config.routes.get("/h2/db", ctx -> ctx.json(Workloads.h2.randomWorld()));
            config.routes.get("/h2/fortunes", ctx -> fortunes(ctx, Workloads.h2));
            config.routes.get("/pg/db", ctx -> ctx.json(Workloads.pg.randomWorld()));
            config.routes.get("/pg/fortunes", ctx -> fortunes(ctx, Workloads.pg));
        });
    }

    private static void fortunes(Context ctx, Database db) {
        ctx.render(FortunesPage.TEMPLATE, FortunesPage.model(db.sortedFortunes()));
    }
}
