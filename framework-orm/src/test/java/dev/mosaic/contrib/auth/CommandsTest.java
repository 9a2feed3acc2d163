package dev.mosaic.contrib.auth;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.conf.Settings;
import dev.mosaic.contrib.auth.management.ChangepasswordCommand;
import dev.mosaic.contrib.auth.management.CreatesuperuserCommand;
import dev.mosaic.contrib.auth.management.Prompter;
import dev.mosaic.management.Manage;
import dev.mosaic.management.Terminal;
import dev.mosaic.orm.migrations.ProjectMigrations;
import dev.mosaic.server.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** createsuperuser and changepassword through manage, with scripted answers and environment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandsTest {
    static final Map<String, String> ENV = new java.util.concurrent.ConcurrentHashMap<>();
    static final Deque<String> ANSWERS = new ArrayDeque<>();

    /** The auth app with the commands reading the test's environment and answers. */
    public static final class ScriptedAuthApp implements AppConfig {
        private final AuthApp auth = new AuthApp();

        public String label() {
            return "auth";
        }

        public List<Class<?>> models() {
            return auth.models();
        }

        public List<Callable<Integer>> commands() {
            Prompter scripted = new Prompter() {
                public String readLine(String prompt) {
                    return ANSWERS.poll();
                }

                public String readPassword(String prompt) {
                    return ANSWERS.poll();
                }
            };
            List<Callable<Integer>> commands = new java.util.ArrayList<>(); // migrate etc. come from the ORM's CommandProvider
            commands.add(new CreatesuperuserCommand(ENV::get, scripted));
            commands.add(new ChangepasswordCommand(ENV::get, scripted));
            return commands;
        }
    }

    private Map<String, Object> base;
    private Settings settings;
    private Application app;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void start() {
        base = AuthSite.settings(AuthSite.h2Url(), List.of(), Map.of());
        Map<String, Object> s = new java.util.HashMap<>(base);
        s.put("INSTALLED_APPS", List.of(ScriptedAuthApp.class.getName()));
        settings = Settings.of(s);
        app = Application.start(settings);
        ProjectMigrations.of(app).migrate("auth", null);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    Run manage(String... args) {
        return manage(settings, args);
    }

    static Run manage(Settings settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Manage.run(settings, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The real auth app, whose commands ask on the terminal. */
    Settings withTheRealAuthApp() {
        Map<String, Object> s = new java.util.HashMap<>(base);
        s.put("INSTALLED_APPS", List.of(AuthApp.class.getName()));
        return Settings.of(s);
    }

    @Test
    void migrateCreatesThePermissionsOfEveryModelAfterwardsAndAgainCreatesNothing() {
        Permission.objects.all().delete();
        Run run = manage("migrate");
        assertEquals(0, run.exit(), run.err());
        assertEquals(12, Permission.objects.count());
        assertEquals(0, manage("migrate").exit());
        assertEquals(12, Permission.objects.count());
    }

    @Test
    void createsuperuserNoInputTakesThePasswordFromTheEnvironment() {
        ENV.put("MOSAIC_SUPERUSER_PASSWORD", "admin-Secret-99");
        Run run = manage("createsuperuser", "--noinput", "--username", "admin", "--email", "admin@example.com");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Superuser created successfully.\n", run.out());
        User admin = User.objects.get("username", "admin");
        assertTrue(admin.isSuperuser && admin.isStaff && admin.isActive);
        assertEquals("admin@example.com", admin.email);
        assertNotNull(Auth.authenticate("admin", "admin-Secret-99"));

        Run again = manage("createsuperuser", "--noinput", "--username", "admin");
        assertEquals(1, again.exit());
        assertEquals("Error: That username is already taken.\n", again.err());
        Run missing = manage("createsuperuser", "--noinput");
        assertEquals("Error: You must use --username with --noinput.\n", missing.err());
    }

    @Test
    void withoutATerminalNeitherCommandWaitsForAnswersButBothNameNoinput() {
        assumeFalse(Terminal.interactive(), "the tests' standard input is a terminal");
        Settings real = withTheRealAuthApp();
        Run create = manage(real, "createsuperuser", "--username", "root");
        assertEquals(1, create.exit());
        assertEquals("Error: createsuperuser would ask questions, but standard input is not a terminal, so nobody could"
                + " answer. Run it in a terminal, or without questions: MOSAIC_SUPERUSER_PASSWORD=... manage"
                + " createsuperuser --noinput --username root --email <address>\n", create.err());
        assertFalse(User.objects.filter("username", "root").exists());

        User.createUser("kim", "", "kim-old-pass-1");
        Run change = manage(real, "changepassword", "kim");
        assertEquals(1, change.exit());
        assertTrue(change.err().endsWith("without questions: MOSAIC_NEW_PASSWORD=... manage changepassword --noinput kim\n"),
                change.err());
        assertEquals("", change.out());
        assertNotNull(Auth.authenticate("kim", "kim-old-pass-1"));
    }

    @Test
    void showurlsNamesTheViewsInsideLoginAndPermissionWrappers() {
        Run run = manage("showurls");
        assertEquals(0, run.exit(), run.err());
        String site = AuthSite.Urls.class.getName();
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("/accounts/login/                 login                 "
                + AuthViews.class.getName() + "::login"), run.out());
        for (String route : List.of("/drafts/", "/posts/new/", "/open/")) {
            String line = lines.stream().filter(l -> l.startsWith(route + " ")).findFirst().orElseThrow();
            assertTrue(line.endsWith("  lambda in " + site + ".patterns()"), line);
        }
    }

    @Test
    void createsuperuserInteractiveAsksTwiceAndAppliesTheValidators() {
        ANSWERS.clear();
        ANSWERS.addAll(List.of("ivygreen", "ivy@example.com", "one", "two", "ivygreen1", "ivygreen1", "n",
                "Tr0ub4dor&3-horse", "Tr0ub4dor&3-horse"));
        Run run = manage("createsuperuser");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("Error: Your passwords didn't match."), run.err());
        assertTrue(run.err().contains("The password is too similar to the username."), run.err());
        assertNotNull(Auth.authenticate("ivygreen", "Tr0ub4dor&3-horse"));
    }

    @Test
    void changepasswordSetsTheNewPasswordInteractivelyOrFromTheEnvironment() {
        User.createUser("jack", "", "jack-old-pass-1");
        ANSWERS.clear();
        ANSWERS.addAll(List.of("jack-new-pass-2", "jack-new-pass-2"));
        Run run = manage("changepassword", "jack");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().endsWith("Password changed successfully for user 'jack'\n"), run.out());
        assertNotNull(Auth.authenticate("jack", "jack-new-pass-2"));

        ENV.put("MOSAIC_NEW_PASSWORD", "123");
        Run weak = manage("changepassword", "--noinput", "jack");
        assertEquals(1, weak.exit());
        assertTrue(weak.err().contains("This password is entirely numeric."), weak.err());
        ENV.put("MOSAIC_NEW_PASSWORD", "jack-third-pass-3");
        assertEquals(0, manage("changepassword", "--noinput", "jack").exit());
        assertNull(Auth.authenticate("jack", "jack-new-pass-2"));
        assertNotNull(Auth.authenticate("jack", "jack-third-pass-3"));
        assertEquals("Error: user 'nobody' does not exist\n", manage("changepassword", "nobody").err());
        assertFalse(User.objects.filter("username", "nobody").exists());
    }
}
