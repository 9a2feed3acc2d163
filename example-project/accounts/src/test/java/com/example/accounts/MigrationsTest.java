package com.example.accounts;

import dev.mosaic.conf.Settings;
import dev.mosaic.management.Manage;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped migration matches the model: a change to {@link Profile} without {@code makemigrations accounts} fails here. */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
class MigrationsTest {
    @Test
    void theProfileModelHasNoChangesWithoutAMigration(Settings settings) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Manage.run(settings, new PrintWriter(out, true), new PrintWriter(err, true), "makemigrations", "--check", "accounts");
        assertEquals(0, code, () -> out + "\n" + err);
        assertTrue(out.toString().contains("No changes detected in app 'accounts'"), out::toString);
    }
}
