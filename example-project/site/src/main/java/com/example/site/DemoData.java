package com.example.site;

import com.example.accounts.Profile;
import com.example.blog.Comment;
import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.polls.Question;
import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.Transactions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The demo content a fresh site starts with: a few posts with tags and comments, their author's
 * profile, and three polls. Written once, in one transaction, and only into an empty site.
 */
public final class DemoData {
    /** The demo account, made only with DEBUG on: a password printed on the console is no secret. */
    public static final String USERNAME = "demo";
    public static final String PASSWORD = "mosaic-demo-2024";

    private DemoData() {
    }

    /** Fills an empty site; returns false (and writes nothing) when there are posts or polls already. */
    public static boolean fillIfEmpty(boolean withDemoUser) {
        return Transactions.atomic(() -> {
            if (Post.objects.exists() || Question.objects.exists()) {
                return false;
            }
            User author = withDemoUser ? demoUser() : User.objects.getOrCreate(Map.of("username", "editor"),
                    () -> unusable(new User("editor", ""))).object();
            introduce(Profile.of(author), withDemoUser);
            Map<String, Tag> tags = Map.of(
                    "java", Tag.objects.create(new Tag("Java", "java")),
                    "django", Tag.objects.create(new Tag("Django", "django")),
                    "web", Tag.objects.create(new Tag("Web", "web")),
                    "ops", Tag.objects.create(new Tag("Operations", "ops")));
            LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
            Object[][] posts = {
                    {"Hello, Mosaic", "hello-mosaic", "Mosaic is a Django-style web framework for Java: a project is settings and a root URL configuration, composed of reusable apps.\n\nThis blog is one of those apps. It has its own models, migrations, URLs, views, templates and static files, in its own Maven module.", List.of("java", "django")},
                    {"Models and migrations", "models-and-migrations", "Models are JPA entities listed by their app. `manage makemigrations` compares them with the app's schema snapshot and writes plain SQL that runs on H2 and PostgreSQL.\n\n`manage migrate` applies it, app after app, and then creates the permissions of every model.", List.of("java")},
                    {"Views three ways", "views-three-ways", "A function view is a method from Request to Response. A class-based view has one method per HTTP verb. Generic views (ListView, DetailView, CreateView, UpdateView) are one line of a URL conf.\n\nThis site uses all three.", List.of("django", "web")},
                    {"Templates that decorate a layout", "templates-and-layouts", "Every app's templates decorate the project's base.html, so the apps look like one site while staying reusable.\n\nThe comment form under this post is a Mosaic form: validated, re-rendered with its errors, protected against CSRF.", List.of("web")},
                    {"Deploying behind Nginx", "deploying-behind-nginx", "The same site runs as a WAR on Tomcat 10.1 or 11 behind Nginx, with PostgreSQL, configured only from the environment.\n\nNginx terminates TLS and serves the collected static files; Tomcat runs the application.", List.of("ops", "java")},
                    {"Security defaults", "security-defaults", "CSRF protection, secure cookies behind TLS, HSTS, clickjacking protection and host validation are on by default, as in Django, and `manage check --deploy` reports what is missing.", List.of("ops", "web")},
                    {"Testing with a real request", "testing-with-a-real-request", "The test client sends requests through the whole stack in process; @MosaicDbTest gives every test class its own database, migrated, and rolls back after each test.", List.of("java", "django")},
            };
            for (int i = 0; i < posts.length; i++) {
                Object[] p = posts[i];
                Post post = new Post((String) p[0], (String) p[1], (String) p[2], now.minusDays(3L * (posts.length - i)), author);
                for (Object t : (List<?>) p[3]) {
                    post.tags.add(tags.get((String) t));
                }
                Post.objects.create(post);
                if (i % 2 == 0) {
                    Comment.objects.create(new Comment(post, "Ada", "Nice to see this in Java.", post.published.plusHours(5)));
                    Comment.objects.create(new Comment(post, "Linus", "How does it compare with Spring?", post.published.plusHours(9)));
                }
            }
            Question.create("Which framework style do you prefer?", List.of("Django-style MTV", "Annotations", "Functional routes"));
            Question.create("Tea or coffee?", List.of("Tea", "Coffee", "Both"));
            Question.create("Where do you deploy?", List.of("Tomcat behind Nginx", "A runnable jar", "Kubernetes"));
            return true;
        });
    }

    private static User demoUser() {
        User user = User.objects.filter("username", USERNAME).first().orElseGet(() -> new User(USERNAME, "demo@example.com"));
        user.isStaff = true;
        user.setPassword(PASSWORD);
        return user.id == null ? User.objects.create(user) : user.save();
    }

    /** The author's profile, so that their member page has something to show. */
    private static void introduce(Profile profile, boolean demo) {
        profile.displayName = demo ? "Demo Writer" : "The Editors";
        profile.location = "Mosaic HQ";
        profile.website = "https://example.com/";
        profile.bio = demo ? "The demo account of this example site: staff, so it may write and edit blog posts."
                + "\n\nLog in as demo and edit this profile at /accounts/profile/edit/."
                : "The account the demo posts belong to. It cannot log in.";
    }

    private static User unusable(User user) {
        user.setUnusablePassword();
        return user;
    }
}
