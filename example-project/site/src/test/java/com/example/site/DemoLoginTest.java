package com.example.site;

import com.example.blog.Post;
import dev.mosaic.conf.Settings;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code manage demo} on an empty database, and the demo login it prints, through the site's pages. */
@MosaicTest(settings = "classpath:settings.yaml")
@MosaicDbTest
class DemoLoginTest {
    @Test
    void demoFillsAnEmptySiteOnceAndItsLoginWorks(Client client) {
        assertTrue(DemoData.fillIfEmpty(true));
        assertEquals(7, Post.objects.count());
        assertFalse(DemoData.fillIfEmpty(true), "a second run adds nothing");
        assertEquals(7, Post.objects.count());

        client.get("/blog/?page=2").assertStatus(200).assertContains("Hello, Mosaic");
        client.post("/accounts/login/", Map.of("username", DemoData.USERNAME, "password", DemoData.PASSWORD))
                .assertStatus(302);
        client.get("/accounts/profile/").assertStatus(200).assertContains("Hello, Demo Writer").assertContains("Staff");
        client.get("/accounts/u/demo/").assertStatus(200).assertContains("<h1>Demo Writer</h1>")
                .assertContains("<span class=\"location\">Mosaic HQ</span>");
    }

    @Test
    void theDevelopmentDatabaseIsOnlyTheDefaultH2FileWithDebugOn(Settings settings) {
        Settings dev = settings.with("DATABASES", Map.of("default", Map.of("URL", "jdbc:h2:file:./var/db")));
        assertTrue(com.example.site.Manage.isDevelopmentDatabase(dev));
        assertFalse(com.example.site.Manage.isDevelopmentDatabase(dev.with("DEBUG", false)));
        assertFalse(com.example.site.Manage.isDevelopmentDatabase(
                settings.with("DATABASES", Map.of("default", Map.of("URL", "jdbc:postgresql://db/site")))));
    }
}
