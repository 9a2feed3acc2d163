package com.example.blackbox;

import com.example.site.TestSite;
import dev.mosaic.conf.Settings;
import dev.mosaic.conf.SettingsLoader;
import dev.mosaic.management.Manage;
import dev.mosaic.server.Application;
import dev.mosaic.server.EmbeddedServer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The sites {@link BlackBoxIT} runs against. With the system property {@code blackbox.url}
 * (comma-separated base URLs of deployed sites, e.g. Nginx in front of Tomcat, Tomcat itself,
 * the runnable jar) those; without it, the example site on embedded Jetty in this JVM, twice:
 * as {@code runserver} runs it (settings.yaml, DEBUG on, Mosaic serving static files) and with
 * the prod profile (DEBUG off, the full security middleware), on port 0.
 *
 * <p>{@code blackbox.resolve} maps host names to addresses ({@code site.example.test=127.0.0.1}),
 * {@code blackbox.cacert} names a PEM certificate to trust for https (the e2e script's
 * self-signed one). The names are not {@code mosaic.*}: those are read as settings.
 */
final class Targets {
    /** A key the prod profile accepts: long, varied, not "insecure"; the in-JVM prod site only. */
    static final String TEST_SECRET_KEY = "blackbox-9c1f7e4a2d6b8053-Zq7Lm2Xw9Rt4Vy6Np1Ks3Hd8Jf5Gb0Cc";

    private static List<Target> targets;
    private static final List<EmbeddedServer> EMBEDDED = new ArrayList<>();

    private Targets() {
    }

    static synchronized List<Target> all() throws Exception {
        if (targets == null) {
            String urls = System.getProperty("blackbox.url", "").strip();
            targets = urls.isEmpty() ? embedded() : deployed(urls);
        }
        return targets;
    }

    private static List<Target> deployed(String urls) throws Exception {
        Map<String, String> resolve = new HashMap<>();
        for (String pair : System.getProperty("blackbox.resolve", "").split(",")) {
            if (pair.contains("=")) {
                resolve.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
            }
        }
        SSLContext tls = tls(System.getProperty("blackbox.cacert", "").strip());
        List<Target> list = new ArrayList<>();
        for (String url : urls.split(",")) {
            URI base = URI.create(url.strip());
            String name = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
            String address = resolve.getOrDefault(base.getHost(), base.getHost());
            list.add(new Target(name, base, address, base.getScheme().equals("https") ? tls : null, false));
        }
        return List.copyOf(list);
    }

    private static SSLContext tls(String cacert) throws Exception {
        if (cacert.isEmpty()) {
            return SSLContext.getDefault();
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(Path.of(cacert))) {
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("blackbox-" + i++, cert);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static List<Target> embedded() throws Exception {
        EmbeddedServer dev = EmbeddedServer.start(Application.start(TestSite.migrated(SettingsLoader.load(null, null))), "127.0.0.1", 0);
        Settings prodSettings = prodSettings();
        // As an operator does before starting with STATICFILES_MANIFEST on: collect, then serve.
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        if (Manage.run(prodSettings, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "collectstatic", "--noinput") != 0) {
            throw new IllegalStateException("collectstatic failed: " + err);
        }
        EmbeddedServer prod = EmbeddedServer.start(Application.start(TestSite.migrated(prodSettings)), "127.0.0.1", 0);
        EMBEDDED.add(dev);
        EMBEDDED.add(prod);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> EMBEDDED.forEach(EmbeddedServer::stop)));
        return List.of(
                new Target("jetty-dev", URI.create(dev.url()), "127.0.0.1", null, true),
                new Target("jetty-prod", URI.create(prod.url()), "127.0.0.1", null, false));
    }

    /**
     * settings.yaml with settings.prod.yaml, its required variables given as the system
     * properties that {@code ${VAR}} falls back to, only while loading.
     */
    private static Settings prodSettings() throws Exception {
        Path staticRoot = Files.createTempDirectory("blackbox-static");
        staticRoot.toFile().deleteOnExit();
        Map<String, String> values = Map.of("MOSAIC_SECRET_KEY", TEST_SECRET_KEY,
                "MOSAIC_ALLOWED_HOSTS", "127.0.0.1,localhost", "MOSAIC_STATIC_ROOT", staticRoot.toString(),
                // Replaced by TestSite.migrated's database in memory; needed only to load the profile.
                "DATABASE_URL", "jdbc:h2:mem:unused");
        Properties props = System.getProperties();
        synchronized (props) {
            values.forEach(props::setProperty);
            try {
                return SettingsLoader.load(null, "prod");
            } finally {
                values.keySet().forEach(props::remove);
            }
        }
    }
}
