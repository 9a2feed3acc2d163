package dev.mosaic.test;

import dev.mosaic.apps.Apps;
import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.server.Application;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MosaicTest(overrides = {"ROOT_URLCONF=dev.mosaic.test.MosaicExtensionTest$Urls", "DEBUG=true"})
@WithSettings("SITE_NAME=extension")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MosaicExtensionTest {
    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> patterns() {
            return List.of(path("", Urls::describe, "describe"));
        }

        static Response describe(Request request) {
            Settings s = request.app().settings();
            return Response.text("debug=" + s.debug() + " site=" + s.string("SITE_NAME"));
        }
    }

    private Application firstApplication;
    private Client firstClient;

    @Test
    @Order(1)
    void injectsSettingsApplicationAppsAndClient(Settings settings, Application application, Apps apps,
                                                 Client client) {
        assertTrue(settings.debug());
        assertEquals("@WithSettings on MosaicExtensionTest", settings.origin("SITE_NAME"));
        assertEquals(settings, application.settings());
        assertSame(apps, application.apps());
        assertSame(application, client.application());
        assertEquals("debug=true site=extension", client.get("/").text());
        firstApplication = application;
        firstClient = client;
    }

    @Test
    @Order(2)
    void testsWithTheSameSettingsShareTheApplicationButNotTheClient(Application application, Client client) {
        assertSame(firstApplication, application);
        assertNotSame(firstClient, client);
    }

    @Test
    @Order(3)
    @WithSettings({"DEBUG=false", "SITE_NAME=method"})
    void methodOverridesStartAnotherApplication(Application application, Client client) {
        assertNotSame(firstApplication, application);
        assertEquals("debug=false site=method", client.get("/").text());
    }

    @Nested
    @WithSettings("SITE_NAME=nested")
    class InANestedClass {
        @Test
        void enclosingAnnotationsApplyOuterFirst(Settings settings) {
            assertTrue(settings.debug());
            assertEquals("nested", settings.string("SITE_NAME"));
        }
    }

    /** Declaring its own @MosaicTest, a nested class starts afresh: the outer @WithSettings do not apply. */
    @Nested
    @MosaicTest(settings = "classpath:dev/mosaic/test/site.yaml", profile = "ci", overrides = "DEBUG=false")
    class FromASettingsFile {
        @Test
        void loadsTheFileAndProfileThenAppliesOverrides(Settings settings, Client client) {
            assertFalse(settings.debug());
            assertEquals("from-ci-profile", settings.string("SITE_NAME"));
            assertEquals("debug=false site=from-ci-profile", client.get("/").text());
        }
    }
}
