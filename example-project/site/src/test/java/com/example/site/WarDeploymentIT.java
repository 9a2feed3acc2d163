package com.example.site;

import dev.mosaic.server.MosaicInitializer;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import dev.mosaic.conf.SettingsLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WAR that {@code mvn package} builds, opened and then deployed as a container deploys it:
 * a Jetty 12 ee10 webapp at {@code /site}, with no web.xml, found and started by
 * {@link MosaicInitializer} through the container's ServletContainerInitializer discovery; its
 * pages, links, JSON and the login and logout under that context path.
 * Runs with failsafe after {@code package}; the build passes the WAR's path as the system
 * property {@code example.war} (not {@code mosaic.*}: those are read as settings).
 */
class WarDeploymentIT {
    private static Server server;
    private static WebAppContext webapp;
    private static URI base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DATABASE_PROPERTY = "mosaic.DATABASES__default__URL";

    @TempDir
    static Path work;

    @BeforeAll
    static void deploy() throws Exception {
        // The webapp has its own H2 (WEB-INF/lib), so a database in this JVM's memory would not be
        // its: a file, migrated and filled here, then named to the webapp as a -D setting.
        // Not in `work`, which Jetty empties as the webapp's temporary directory.
        Path data = Files.createTempDirectory("war-it-db");
        data.toFile().deleteOnExit();
        String url = "jdbc:h2:file:" + data.resolve("db").toAbsolutePath();
        TestSite.migrated(SettingsLoader.load(null, null), url);
        // Release the file for the webapp's own H2, whatever this JVM's H2 still holds open.
        try (var connection = java.sql.DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        System.setProperty(DATABASE_PROPERTY, url);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);

        webapp = new WebAppContext();
        webapp.setWar(war().toString());
        webapp.setContextPath("/site");
        webapp.setTempDirectory(work.toFile());
        // A deployment that fails (the initializer throws) must fail the test, not answer 503.
        webapp.setThrowUnavailableOnStartupException(true);
        // What Jetty's ee10-annotations module turns on: scanning WEB-INF/lib for initializers.
        webapp.addConfiguration(new AnnotationConfiguration());
        server.setHandler(webapp);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterAll
    static void undeploy() throws Exception {
        System.clearProperty(DATABASE_PROPERTY);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theWarHasNoWebXmlNoJettyAndNoServletApiButHasTheFrameworkAndTheSite() throws IOException {
        try (ZipFile zip = new ZipFile(war().toFile())) {
            List<String> entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
            List<String> libs = entries.stream()
                    .filter(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                    .map(e -> e.substring("WEB-INF/lib/".length()))
                    .collect(Collectors.toList());

            assertFalse(entries.contains("WEB-INF/web.xml"), "the WAR must not need a web.xml");
            assertEquals(List.of(), libs.stream().filter(j -> j.startsWith("jetty-")).collect(Collectors.toList()),
                    "the container is the server: no Jetty jar in WEB-INF/lib");
            assertEquals(List.of(), libs.stream().filter(j -> j.contains("servlet-api")).collect(Collectors.toList()),
                    "the container provides the Servlet API: no servlet-api jar in WEB-INF/lib");
            assertTrue(libs.stream().anyMatch(j -> j.startsWith("framework-core-")), libs::toString);
            assertTrue(entries.contains("WEB-INF/classes/com/example/site/SiteUrls.class"), "the site's classes");
            assertTrue(entries.contains("WEB-INF/classes/settings.yaml"), "the site's settings");
        }
    }

    @Test
    void theContainerStartsMosaicFromTheWarsOwnJars() {
        Object app = webapp.getServletContext().getAttribute(MosaicInitializer.APPLICATION_ATTRIBUTE);
        assertNotNull(app, "MosaicInitializer did not run: is it discovered through META-INF/services?");
        // Loaded by the webapp's class loader from WEB-INF/lib, not from this test's class path.
        assertSame(webapp.getClassLoader(), app.getClass().getClassLoader());
    }

    @Test
    void theHomePageAnswersAtTheContextPath() throws Exception {
        HttpResponse<String> home = get("site/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("<h1>Welcome</h1>"), home.body());
    }

    @Test
    void reversedLinksCarryTheContextPath() throws Exception {
        String home = get("site/").body();
        assertTrue(home.contains("<a href=\"/site/polls/\">"), home);
        assertTrue(home.contains("<a href=\"/site/api/questions/\">"), home);

        HttpResponse<String> polls = get("site/polls/");
        assertEquals(200, polls.statusCode(), polls.body());
        assertTrue(polls.body().contains("<a href=\"/site/polls/1/\">Which framework style do you prefer?</a>"), polls.body());
        assertTrue(get("site/blog/").body().contains("href=\"/site/blog/tag/java/\""), "the blog, under the context path");
    }

    @Test
    void theApiAnswersJsonWithUrlsUnderTheContextPath() throws Exception {
        HttpResponse<String> list = get("site/api/questions/");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals("application/json", list.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(list.body().startsWith("{\"count\":3,"), list.body());
        assertTrue(list.body().contains("\"url\":\"/site/api/questions/1/\""), list.body());
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        assertEquals(404, get("site/no-such-page/").statusCode());
        assertEquals(404, get("site/polls/99/").statusCode());
    }

    @Test
    void loginLogoutAndNextWorkUnderTheContextPath() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // A page that needs a login sends to the login page, with next= the page under /site.
        HttpResponse<String> anonymous = send(browser, "site/accounts/profile/", null);
        assertEquals(302, anonymous.statusCode(), anonymous.body());
        String loginUrl = anonymous.headers().firstValue("Location").orElse("");
        assertEquals("/site/accounts/login/?next=/site/accounts/profile/", loginUrl);

        HttpResponse<String> page = send(browser, loginUrl.substring(1), null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("name=\"username\""), page.body());
        assertTrue(page.body().contains("name=\"next\" value=\"/site/accounts/profile/\""), page.body());
        assertTrue(page.body().contains("href=\"/site/accounts/signup/\""), page.body());

        // The form posts to its own URL (no action), with the CSRF cookie and token.
        HttpResponse<String> wrong = send(browser, loginUrl.substring(1), Map.of("csrfmiddlewaretoken", token(page),
                "username", DemoData.USERNAME, "password", "not-it", "next", "/site/accounts/profile/"));
        assertEquals(200, wrong.statusCode(), "a wrong password shows the form again");
        assertTrue(wrong.body().contains("Please enter a correct username and password."), wrong.body());
        HttpResponse<String> forged = send(browser, loginUrl.substring(1), Map.of("username", DemoData.USERNAME,
                "password", DemoData.PASSWORD, "next", "/site/accounts/profile/"));
        assertEquals(403, forged.statusCode(), "without the token: CSRF");
        HttpResponse<String> login = send(browser, loginUrl.substring(1), Map.of("csrfmiddlewaretoken", token(wrong),
                "username", DemoData.USERNAME, "password", DemoData.PASSWORD, "next", "/site/accounts/profile/"));
        assertEquals(302, login.statusCode(), login.body());
        assertEquals("/site/accounts/profile/", login.headers().firstValue("Location").orElse(""));

        HttpResponse<String> profile = send(browser, "site/accounts/profile/", null);
        assertEquals(200, profile.statusCode(), profile.body());
        assertTrue(profile.body().contains("<a href=\"/site/accounts/profile/\">demo</a>"), "logged in: " + profile.body());
        assertTrue(profile.body().contains("action=\"/site/accounts/logout/\""), profile.body());

        HttpResponse<String> logout = send(browser, "site/accounts/logout/", Map.of("csrfmiddlewaretoken", token(profile)));
        assertEquals(200, logout.statusCode(), logout.body());
        assertTrue(logout.body().contains("You have been logged out."), logout.body());
        assertTrue(logout.body().contains("href=\"/site/accounts/login/\""), logout.body());
        assertEquals(302, send(browser, "site/accounts/profile/", null).statusCode(), "logged out");
    }

    /** A GET, or a form POST when {@code form} is given, through {@code browser} (its cookies). */
    private static HttpResponse<String> send(HttpClient browser, String path, Map<String, String> form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (form != null) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]+)\"").matcher(page.body());
        assertTrue(m.find(), "no CSRF token in " + page.body());
        return m.group(1);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path war() {
        String location = System.getProperty("example.war");
        assertNotNull(location, "run with failsafe (mvn verify), which passes the built WAR as -Dexample.war");
        Path war = Path.of(location);
        assertTrue(Files.isRegularFile(war), "no WAR at " + war + ": run `mvn verify` (it packages first)");
        return war;
    }
}
