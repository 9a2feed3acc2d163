package com.example.site;

import dev.mosaic.conf.SettingsLoader;
import dev.mosaic.server.Application;
import dev.mosaic.server.EmbeddedServer;

/**
 * The runnable jar's main: the site on embedded Jetty, for those who prefer a jar to a WAR.
 *
 * <pre>{@code
 * MOSAIC_PROFILE=prod MOSAIC_SECRET_KEY=... MOSAIC_ALLOWED_HOSTS=example.com \
 *     java -jar example-project/site/target/example-site-0.1.0-SNAPSHOT-runnable.jar 127.0.0.1:8000
 * }</pre>
 *
 * The argument is {@code [host:]port} (default {@code 127.0.0.1:8000}: behind Nginx the server
 * needs no other interface). Settings come from {@code MOSAIC_SETTINGS}/{@code MOSAIC_PROFILE} and
 * the environment, as for the WAR. The jar also runs {@code manage}:
 * {@code java -cp example-site-0.1.0-SNAPSHOT-runnable.jar com.example.site.Manage collectstatic --noinput}.
 */
public final class Serve {
    private Serve() {
    }

    public static void main(String[] args) throws InterruptedException {
        String bind = args.length > 0 ? args[0] : "127.0.0.1:8000";
        int colon = bind.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : bind.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(bind.substring(colon + 1));
        } catch (NumberFormatException e) {
            System.err.println("'" + bind + "' is not a port or host:port. Use e.g. 8000 or 127.0.0.1:8000.");
            System.exit(2);
            return;
        }
        EmbeddedServer.serve(Application.start(SettingsLoader.load(null, null)), host, port);
    }
}
