package dev.mosaic.contrib.staticfiles;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Json;
import dev.mosaic.management.Manage;
import dev.mosaic.management.Terminal;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class CollectstaticCommandTest {
    @TempDir
    Path tmp;
    StaticTree tree;
    Path root;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        tree = new StaticTree(tmp);
        root = tmp.resolve("collected");
        StaticTree.write(tree.project.resolve(".hidden/x.txt"), "hidden");
        StaticTree.write(tree.project.resolve("notes.txt~"), "backup");
    }

    Map<String, Object> settings(boolean manifest) {
        Map<String, Object> m = tree.settings(false);
        m.put("STATIC_ROOT", root.toString());
        m.put("STATICFILES_MANIFEST", manifest);
        return m;
    }

    static Run manage(Map<String, Object> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Manage.run(Settings.of(settings), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String md5Hex12(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)).substring(0, 12);
    }

    @Test
    void copiesEveryFileTheFindersSeeTheProjectsWinning() throws Exception {
        Run r = manage(settings(false), "collectstatic", "--noinput");
        assertEquals(0, r.code(), r.err());
        assertEquals("body { color: red; } /* project override */", Files.readString(root.resolve("shop/style.css")));
        assertEquals("first", Files.readString(root.resolve("only-first.txt")));
        assertEquals("second dir", Files.readString(root.resolve("from-second.txt")));
        assertTrue(Files.readString(root.resolve("theme/theme.css")).contains("theme app"));
        assertArrayEquals(getClass().getResourceAsStream("/static/shop/img/logo.png").readAllBytes(),
                Files.readAllBytes(root.resolve("shop/img/logo.png")));
        assertFalse(Files.exists(root.resolve(".hidden")), "dot files are ignored, as Django's '.*'");
        assertFalse(Files.exists(root.resolve("notes.txt~")));
        assertFalse(Files.exists(root.resolve("leak.txt")), "a symlink out of the root is not collected");
        assertFalse(Files.exists(root.resolve("leakdir")));
        assertFalse(Files.exists(root.resolve("staticfiles.json")));
        long count;
        try (Stream<Path> s = Files.walk(root)) {
            count = s.filter(Files::isRegularFile).count();
        }
        assertTrue(r.out().contains(count + " static files copied to '" + root + "'."), r.out());
    }

    @Test
    void missingStaticRootIsAnErrorNamingIt() {
        Map<String, Object> m = settings(false);
        m.remove("STATIC_ROOT");
        Run r = manage(m, "collectstatic", "--noinput");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("STATIC_ROOT, which is not set"), r.err());
        assertTrue(r.err().contains("Fix: set STATIC_ROOT"), r.err());
    }

    @Test
    void dryRunChangesNothing() {
        Run r = manage(settings(true), "collectstatic", "--noinput", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Pretending to copy 'shop/app.js'"), r.out());
        assertTrue(r.out().contains("Pretending to post-process 'shop/app.js' as 'shop/app."), r.out());
        assertTrue(r.out().contains("would be copied"), r.out());
        assertFalse(Files.exists(root));
    }

    @Test
    void clearDeletesWhatWasThereFirst() throws Exception {
        StaticTree.write(root.resolve("old/stale.css"), "stale");
        Run r = manage(settings(false), "collectstatic", "--noinput", "--clear");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(root.resolve("old")));
        assertTrue(Files.exists(root.resolve("site.css")));
        assertTrue(r.out().contains("1 file deleted"), r.out());
    }

    @Test
    void withoutATerminalItDoesNotWaitForAnAnswerButNamesNoinput() {
        assumeFalse(Terminal.interactive(), "the tests' standard input is a terminal");
        Run r = manage(settings(false), "collectstatic");
        assertEquals(1, r.code());
        assertEquals("Error: collectstatic would ask questions, but standard input is not a terminal, so nobody could"
                + " answer. Run it in a terminal, or without questions: manage collectstatic --noinput\n", r.err());
        assertFalse(Files.exists(root));
        assertEquals(0, manage(settings(false), "collectstatic", "--no-input").code());
        assertTrue(Files.exists(root.resolve("site.css")));
    }

    @Test
    void withoutNoinputItAsksAndNoCancels() {
        Application app = Application.start(Settings.of(settings(false)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CollectstaticCommand(() -> app,
                new ByteArrayInputStream("no\n".getBytes(StandardCharsets.UTF_8))));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute());
        assertTrue(out.toString().contains("Type 'yes' to continue"), out.toString());
        assertTrue(out.toString().contains(root.toString()), out.toString());
        assertTrue(err.toString().contains("cancelled"), err.toString());
        assertFalse(Files.exists(root));

        CommandLine yes = new CommandLine(new CollectstaticCommand(() -> app,
                new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8))));
        yes.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, yes.execute());
        assertTrue(Files.exists(root.resolve("site.css")));
    }

    @Test
    void theManifestHasContentHashedCopiesInDjangosFormat() throws Exception {
        Run r = manage(settings(true), "collectstatic", "--noinput");
        assertEquals(0, r.code(), r.err());
        byte[] logo = getClass().getResourceAsStream("/static/shop/img/logo.png").readAllBytes();
        String logoHashed = "shop/img/logo." + md5Hex12(logo) + ".png";
        assertArrayEquals(logo, Files.readAllBytes(root.resolve(logoHashed)));

        JsonNode manifest = Json.mapper().readTree(Files.readAllBytes(root.resolve("staticfiles.json")));
        assertEquals("1.1", manifest.get("version").asString());
        assertEquals(logoHashed, manifest.get("paths").get("shop/img/logo.png").asString());
        assertTrue(manifest.get("hash").asString().matches("[0-9a-f]{12}"), manifest.toString());
        List<String> keys = manifest.propertyNames().stream().toList();
        assertEquals(List.of("paths", "version", "hash"), keys);

        String themeHashed = manifest.get("paths").get("theme/theme.css").asString();
        String bannerHashed = manifest.get("paths").get("shop/banner.css").asString();
        String banner = Files.readString(root.resolve(bannerHashed));
        assertTrue(banner.contains("url(\"img/logo." + md5Hex12(logo) + ".png\")"), banner);
        assertTrue(banner.contains("@import \"../theme/" + themeHashed.substring("theme/".length()) + "\""), banner);
        assertTrue(banner.contains("url(data:image/png;base64,AAAA)"), banner);
        assertTrue(banner.contains("url(#frag)"), banner);
        assertTrue(banner.contains("url(\"https://cdn.example.com/x.png\")"), banner);
        assertEquals("shop/banner." + md5Hex12(banner.getBytes(StandardCharsets.UTF_8)) + ".css", bannerHashed);
        assertTrue(Files.readString(root.resolve("shop/banner.css")).contains("url(\"img/logo.png\")"),
                "the unhashed copy keeps the original text");
        assertTrue(r.out().contains("post-processed"), r.out());
    }

    @Test
    void aCssReferenceToAMissingFileStopsWithItsName() throws Exception {
        StaticTree.write(tree.project.resolve("broken.css"), "a { background: url('gone/missing.png') }");
        Run r = manage(settings(true), "collectstatic", "--noinput");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'broken.css' references 'gone/missing.png'"), r.err());
    }

    @Test
    void cssFilesReferringToEachOtherInACycleAreReported() throws Exception {
        StaticTree.write(tree.project.resolve("a.css"), "@import \"b.css\";");
        StaticTree.write(tree.project.resolve("b.css"), "@import url(a.css);");
        Run r = manage(settings(true), "collectstatic", "--noinput");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cycle: a.css -> b.css -> a.css"), r.err());
    }

    @Test
    void helpListsTheOptions() {
        Run r = manage(settings(false), "collectstatic", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--noinput", "--clear", "--dry-run")) {
            assertTrue(r.out().contains(option), r.out());
        }
    }
}
