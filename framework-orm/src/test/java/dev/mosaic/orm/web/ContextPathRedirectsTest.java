package dev.mosaic.orm.web;

import dev.mosaic.conf.Settings;
import dev.mosaic.orm.Backend;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.TransactionMiddleware;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.orm.blog.Post;
import dev.mosaic.orm.forms.ModelForm;
import dev.mosaic.orm.views.CreateView;
import dev.mosaic.orm.views.DeleteView;
import dev.mosaic.orm.views.DetailView;
import dev.mosaic.orm.views.UpdateView;
import dev.mosaic.server.Application;
import dev.mosaic.server.MosaicServlet;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generic views' redirects for a site deployed as a WAR at {@code /ctx}, on real Jetty (the
 * test client has no context path): a reversed URL name and a relative success URL are under
 * the context path, a path from the host's root is as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextPathRedirectsTest {
    static final ModelForm<Post> NEW = ModelForm.of(Post.class, "title", "slug", "rating", "votes");
    static final ModelForm<Post> EDIT = ModelForm.of(Post.class, "title");

    public static class Urls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("posts/<int:pk>/", DetailView.of(Post.class), "post-detail"),
                    path("posts/new/", CreateView.of(NEW, "posts/{id}/")),
                    path("posts/<int:pk>/edit/", UpdateView.of(EDIT, "post-detail", "pk")),
                    path("posts/<int:pk>/delete/by-name/", DeleteView.of(Post.class, "post-detail", "pk")),
                    path("posts/<int:pk>/delete/relative/", DeleteView.of(Post.class, "posts/?deleted={pk}")),
                    path("posts/<int:pk>/delete/rooted/", DeleteView.of(Post.class, "/elsewhere/")));
        }
    }

    private Backend.Fresh db;
    private Application app;
    private Server server;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws Exception {
        db = Backend.H2.fresh();
        app = Application.start(Settings.of(Map.of(
                "INSTALLED_APPS", List.of(BlogApp.class.getName()),
                "DATABASES", db.databases(),
                "ROOT_URLCONF", Urls.class.getName(),
                "ALLOWED_HOSTS", List.of("127.0.0.1"),
                "SECRET_KEY", "context-path-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
                "MIDDLEWARE", List.of(TransactionMiddleware.class.getName()),
                "TEMPLATES", Map.of("BACKEND", CodeTemplates.class.getName()))), "/ctx");
        dev.mosaic.orm.test.TestSchema.create(app);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/ctx");
        context.addServlet(new ServletHolder(new MosaicServlet(app)), "/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private long post(String slug) {
        return Db.database().inTransaction(s -> {
            Post p = new Post("Post " + slug, slug, null, 1, 0, null);
            s.persist(p);
            s.flush();
            return p.id;
        });
    }

    private HttpResponse<String> send(String path, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aCreatedObjectsRelativeSuccessUrlIsUnderTheContextPath() throws Exception {
        String to = location(send("/ctx/posts/new/", "title=New&slug=new-one&rating=1&votes=0"));
        long id = Db.database().inSession(s -> s.createSelectionQuery("select p.id from Post p where p.slug = 'new-one'",
                Long.class).getSingleResult());
        assertEquals("/ctx/posts/" + id + "/", to);
    }

    @Test
    void anUpdatedObjectsUrlNameIsReversedUnderTheContextPath() throws Exception {
        long id = post("edited");
        assertEquals("/ctx/posts/" + id + "/", location(send("/ctx/posts/" + id + "/edit/", "title=Edited")));
    }

    @Test
    void aDeleteViewRedirectsUnderTheContextPathToAUrlNameOrARelativePath() throws Exception {
        long first = post("first");
        assertEquals("/ctx/posts/" + first + "/", location(send("/ctx/posts/" + first + "/delete/by-name/", "")));
        long second = post("second");
        assertEquals("/ctx/posts/?deleted=" + second, location(send("/ctx/posts/" + second + "/delete/relative/", "")));
        assertEquals(0L, (long) Db.database().inSession(s -> s.createSelectionQuery(
                "select count(p) from Post p where p.slug in ('first', 'second')", Long.class).getSingleResult()));
    }

    @Test
    void aPathFromTheHostsRootIsUsedAsWritten() throws Exception {
        long id = post("rooted");
        assertEquals("/elsewhere/", location(send("/ctx/posts/" + id + "/delete/rooted/", "")));
    }
}
