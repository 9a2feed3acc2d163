package dev.mosaic.orm.test;

import dev.mosaic.conf.Settings;
import dev.mosaic.management.Manage;
import dev.mosaic.orm.blog.BlogApp;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** manage loaddata and dumpdata on an H2 database, as a developer runs them. */
class FixtureCommandsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Settings settings(String url) {
        return Settings.of(Map.of("INSTALLED_APPS", List.of(BlogApp.class.getName()),
                "DATABASES", Map.of("default", Map.of("URL", url, "USER", "sa")), "MIDDLEWARE", List.of()));
    }

    static Run manage(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Manage.run(settings(url), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String freshDatabase() {
        String url = "jdbc:h2:mem:fixtures_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        try (Application app = Application.start(settings(url))) {
            TestSchema.create(app);
        }
        return url;
    }

    @Test
    void loaddataThenDumpdataRoundTripsInDjangosFormat() throws Exception {
        String url = freshDatabase();
        Run loaded = manage(url, "loaddata", "dbtest/blog.json");
        assertEquals(0, loaded.exit(), loaded.err());
        assertEquals("Installed 8 object(s) from 1 fixture(s)\n", loaded.out());
        // Loading again updates the same rows.
        assertEquals(0, manage(url, "loaddata", "dbtest/blog.json").exit());

        Path dump = tmp.resolve("blog.json");
        Run dumped = manage(url, "dumpdata", "blog", "--indent", "2", "-o", dump.toString());
        assertEquals(0, dumped.exit(), dumped.err());
        String json = Files.readString(dump);
        assertTrue(json.contains("\"model\" : \"blog.post\""), json);
        assertTrue(json.replaceAll("\\s", "").contains("{\"model\":\"blog.post\",\"pk\":1,\"fields\":{\"author\":1,"
                + "\"published\":\"2024-05-01T10:00\",\"rating\":5,\"slug\":\"hello\",\"title\":\"Hello\",\"votes\":2}}"),
                json);
        // many-to-many links as lists of keys, on the side that owns them
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("{\"model\":\"blog.tag\",\"pk\":2,\"fields\":{\"name\":\"java\",\"parent\":1,"
                + "\"posts\":[1,2]}}"), json);
        assertTrue(compact.contains("{\"model\":\"blog.tag\",\"pk\":4,\"fields\":{\"name\":\"unused\","
                + "\"parent\":null,\"posts\":[]}}"), json);

        String other = freshDatabase();
        assertEquals(0, manage(other, "loaddata", dump.toString()).exit());
        assertEquals(manage(url, "dumpdata").out(), manage(other, "dumpdata").out());
    }

    @Test
    void loadingAgainSetsTheLinksToTheFixturesAndDumpdataReadsRowsAnEarlierRowProxied() {
        String url = freshDatabase();
        assertEquals(0, manage(url, "loaddata", "dbtest/blog.json").exit());
        Run relinked = manage(url, "loaddata", "dbtest/relink.json");
        assertEquals(0, relinked.exit(), relinked.err());
        // Tag 1 now points forward to tag 3: dumping tag 1 proxies tag 3 before its row is read.
        String dump = manage(url, "dumpdata", "blog.tag").out().replaceAll("\\s", "");
        assertEquals("[{\"model\":\"blog.tag\",\"pk\":1,\"fields\":{\"name\":\"topics\",\"parent\":3,\"posts\":[1]}},"
                + "{\"model\":\"blog.tag\",\"pk\":2,\"fields\":{\"name\":\"java\",\"parent\":1,\"posts\":[2]}},"
                + "{\"model\":\"blog.tag\",\"pk\":3,\"fields\":{\"name\":\"orm\",\"parent\":1,\"posts\":[2]}},"
                + "{\"model\":\"blog.tag\",\"pk\":4,\"fields\":{\"name\":\"unused\",\"parent\":null,\"posts\":[]}}]",
                dump);
    }

    @Test
    void aLinkToAMissingObjectNamesTheFixtureTheFieldAndTheKey() {
        String url = freshDatabase();
        assertEquals(0, manage(url, "loaddata", "dbtest/blog.json").exit());
        Run bad = manage(url, "loaddata", "dbtest/badlink.json");
        assertEquals(1, bad.exit());
        assertEquals("Fixture dbtest/badlink.json, object 1, field 'posts' links Post 99, which is neither in the"
                + " database nor in the fixture.\n", bad.err());
        String tags = manage(url, "dumpdata", "blog.tag").out();
        assertTrue(tags.contains("\"pk\":4") && !tags.contains("\"pk\":9"), "nothing of it was loaded: " + tags);
    }

    @Test
    void aMistakeInAFixtureNamesTheFileTheObjectAndTheValidFields() {
        Run typo = manage(freshDatabase(), "loaddata", "dbtest/typo.json");
        assertEquals(1, typo.exit());
        assertEquals("Fixture dbtest/typo.json, object 1: Author has no field 'usernme'. Valid fields: email, id, posts,"
                + " username.\n", typo.err());
        Run missing = manage(freshDatabase(), "loaddata", "no/such.json");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("No fixture 'no/such.json' on the class path."), missing.err());
    }
}
