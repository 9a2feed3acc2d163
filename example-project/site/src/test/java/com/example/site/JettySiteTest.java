package com.example.site;

import dev.mosaic.http.Json;
import dev.mosaic.server.Application;
import dev.mosaic.server.MosaicServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site over a real socket, on embedded Jetty as {@code runserver} runs it. */
class JettySiteTest {
    private Server server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new MosaicServlet(Application.start(TestSite.settings()))), "/");
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void servesTheHomePageOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>Welcome</h1>"), home.body());
        assertTrue(home.headers().firstValue("Server-Timing").orElse("").startsWith("app;dur="));
    }

    /** What a script outside the browser does: token, login with the session cookie, token again, write. */
    @Test
    void theApiCreatesAQuestionOnlyForTheLoggedInDemoUserWithTheToken() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> anonymous = postQuestion(http, csrfToken(http));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals("application/json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/accounts/login/"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRFToken", csrfToken(http))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoData.USERNAME + "&password="
                        + DemoData.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());

        HttpResponse<String> created = postQuestion(http, csrfToken(http)); // a new token: login replaced the secret
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").matches("/api/questions/\\d+/"), created.headers().toString());
        HttpResponse<String> noToken = postQuestion(http, null);
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.body().contains("CSRF token missing."), noToken.body());
    }

    private String csrfToken(HttpClient http) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/csrf/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body()).get("csrfToken").asString();
    }

    private HttpResponse<String> postQuestion(HttpClient http, String token) throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(base.resolve("/api/questions/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Up or down?\",\"choices\":[\"Up\",\"Down\"]}"));
        if (token != null) {
            post.header("X-CSRFToken", token);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }
}
