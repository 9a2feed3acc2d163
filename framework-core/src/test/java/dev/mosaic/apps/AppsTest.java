package dev.mosaic.apps;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppsTest {
    private static Settings installed(Class<?>... apps) {
        return Settings.of(Map.of("INSTALLED_APPS", java.util.Arrays.stream(apps).map(Class::getName).toList()));
    }

    @Test
    void populatesFromInstalledAppsInOrder() {
        Apps apps = Apps.populate(installed(BlogApp.class, PollsApp.class));
        assertEquals(List.of("blog", "polls"), apps.all().stream().map(AppConfig::label).toList());
        assertTrue(apps.isReady());
        assertTrue(apps.isInstalled("polls"));
        assertFalse(apps.isInstalled("shop"));
    }

    @Test
    void readyRunsAfterEveryAppAndModelIsLoaded() {
        BlogApp blog = new BlogApp();
        Apps.of(blog, new PollsApp());
        assertEquals(List.of("models", "ready:Post:polls"), blog.events);
    }

    @Test
    void populatingAgainDoesNothing() {
        BlogApp blog = new BlogApp();
        Apps apps = new Apps(List.of(blog, new PollsApp()));
        assertFalse(apps.isReady());
        assertSame(apps, apps.populate());
        apps.populate();
        assertEquals(List.of("models", "ready:Post:polls"), blog.events);
    }

    @Test
    void populateCalledFromReadyIsRefused() {
        Apps[] holder = new Apps[1];
        AppConfig reentrant = new AppConfig() {
            @Override
            public String label() {
                return "loop";
            }

            @Override
            public void ready(Apps apps) {
                holder[0].populate();
            }
        };
        holder[0] = new Apps(List.of(reentrant));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> holder[0].populate());
        assertEquals("Apps.populate() isn't reentrant: it was called again while populating, from an app's ready()"
                + " or a ModelsHook. Fix: use the Apps passed to ready() instead.", e.getMessage());
    }

    @Test
    void registryIsNotReadableBeforePopulating() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Apps(List.of()).get("blog"));
        assertEquals("Apps aren't loaded yet. Fix: call populate() first (Application.start does), or use the Apps"
                + " passed to ready().", e.getMessage());
    }

    @Test
    void duplicateLabelsNameBothClasses() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> Apps.populate(installed(BlogApp.class, dev.mosaic.apps.other.BlogApp.class)));
        assertEquals("Application labels aren't unique, duplicates: blog (dev.mosaic.apps.BlogApp and"
                + " dev.mosaic.apps.other.BlogApp). Fix: list each app once, or override label() in one of them"
                + " to return another label.", e.getMessage());
    }

    @Test
    void labelMustBeAnIdentifier() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> Apps.of(new DashedApp()));
        assertEquals("The app label 'my-blog' of dev.mosaic.apps.AppsTest$DashedApp is not a valid identifier."
                + " Fix: override label() in dev.mosaic.apps.AppsTest$DashedApp to return letters, digits and"
                + " underscores, not starting with a digit.", e.getMessage());
    }

    static final class DashedApp implements AppConfig {
        @Override
        public String label() {
            return "my-blog";
        }
    }

    @Test
    void unknownLabelSuggestsTheClosest() {
        Apps apps = Apps.of(new BlogApp(), new PollsApp());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> apps.get("blg"));
        assertEquals("No installed app with label 'blg'. Did you mean 'blog'?", e.getMessage());
        assertEquals("No installed app with label 'shop'.",
                assertThrows(IllegalArgumentException.class, () -> apps.get("shop")).getMessage());
    }

    @Test
    void modelsAreFoundByAppAndName() {
        Apps apps = Apps.of(new BlogApp(), new PollsApp());
        assertEquals(List.of(BlogApp.Post.class, BlogApp.Comment.class, PollsApp.Question.class), apps.models());
        assertEquals(List.of(PollsApp.Question.class), apps.models("polls"));
        assertEquals(BlogApp.Post.class, apps.model("blog", "Post"));
        assertEquals(BlogApp.Comment.class, apps.model("blog.comment"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> apps.model("blog", "Pst"));
        assertEquals("App 'blog' doesn't have a 'Pst' model. Did you mean 'Post'?", e.getMessage());
    }

    @Test
    void aModelListedByTwoAppsIsAnError() {
        AppConfig thief = new AppConfig() {
            @Override
            public String label() {
                return "thief";
            }

            @Override
            public List<Class<?>> models() {
                return List.of(BlogApp.Post.class);
            }
        };
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, () -> Apps.of(new BlogApp(), thief));
        assertEquals("Model dev.mosaic.apps.BlogApp$Post is listed by two apps: blog and thief. Fix: list it in the"
                + " models() of one of them.", e.getMessage());
    }

    @Test
    void appForFindsTheModelsAppThenTheContainingPackage() {
        Apps apps = Apps.of(new PollsApp(), new dev.mosaic.apps.other.BlogApp());
        assertEquals("polls", apps.appFor(PollsApp.Question.class).orElseThrow().label());
        assertEquals("blog", apps.appFor(dev.mosaic.apps.other.BlogApp.class).orElseThrow().label());
        assertEquals("polls", apps.appFor(AppsTest.class).orElseThrow().label());
        assertTrue(apps.appFor(String.class).isEmpty());
    }

    @Test
    void appResourcesComeFromTheAppsOwnJar() {
        BlogApp blog = new BlogApp();
        assertEquals("templates/blog/", blog.templatesPrefix());
        assertEquals("static/blog/", blog.staticPrefix());
        assertTrue(blog.resource(blog.templatesPrefix() + "index.html").isPresent());
        assertTrue(blog.resource(blog.templatesPrefix() + "missing.html").isEmpty());
        // Every jar on the classpath has a manifest; the app's test-classes directory does not.
        assertTrue(Thread.currentThread().getContextClassLoader().getResource("META-INF/MANIFEST.MF") != null);
        assertTrue(blog.resource("META-INF/MANIFEST.MF").isEmpty());
    }

    @Test
    void installedAppWithoutPublicConstructorSaysHowToFixIt() {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class,
                () -> Apps.populate(installed(HiddenApp.class)));
        assertEquals("INSTALLED_APPS (from Settings.of) lists dev.mosaic.apps.AppsTest$HiddenApp, which cannot be"
                + " created: it needs to be a public, non-abstract class with a public no-argument constructor."
                + " Fix: add public HiddenApp() {} and make the class public.", e.getMessage());
    }

    static final class HiddenApp implements AppConfig {
    }
}
