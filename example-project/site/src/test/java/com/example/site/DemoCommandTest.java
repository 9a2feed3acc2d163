package com.example.site;

import dev.mosaic.conf.SettingsLoader;
import dev.mosaic.management.Manage;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code manage demo} as the first {@code runserver} runs it, and a second time. */
class DemoCommandTest {
    @Test
    void demoPrintsTheLoginAndAddsContentOnlyOnce() {
        var settings = TestSite.migrated(SettingsLoader.load(null, null));   // migrate, then demo once
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Manage.run(settings, new PrintWriter(out), new PrintWriter(err), "demo"), err::toString);
        assertTrue(out.toString().contains("The site has content already: no demo content added."), out::toString);
        assertTrue(out.toString().contains("Demo login (staff, may write posts and create polls): demo / mosaic-demo-2024"), out::toString);
    }
}
