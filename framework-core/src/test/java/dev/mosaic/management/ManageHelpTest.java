package dev.mosaic.management;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManageHelpTest {

    @Test
    void helpListsEveryBuiltInCommandAndTheGlobalOptions() {
        ManageRun run = ManageRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String s : List.of("runserver", "check", "showurls", "startapp", "--settings", "--profile")) {
            assertTrue(run.out().contains(s), () -> s + " missing from:\n" + run.out());
        }
    }

    @Test
    void noCommandPrintsTheUsage() {
        ManageRun run = ManageRun.of();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: manage"), run.out());
    }

    @Test
    void helpCommandAndHelpOptionDescribeACommand() {
        ManageRun viaHelp = ManageRun.of("help", "runserver");
        ManageRun viaOption = ManageRun.of("runserver", "--help");
        assertEquals(0, viaHelp.exitCode());
        assertEquals(0, viaOption.exitCode());
        assertTrue(viaHelp.out().contains("Usage: manage runserver [-h] [--skip-checks]"), viaHelp.out());
        assertTrue(viaHelp.out().contains("[HOST:]PORT"), viaHelp.out());
        assertEquals(viaHelp.out(), viaOption.out());
    }

    @Test
    void everyBuiltInCommandAnswersHelp() {
        for (String command : List.of("runserver", "check", "showurls", "startapp")) {
            ManageRun run = ManageRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: manage " + command), run.out());
        }
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        ManageRun run = ManageRun.of("chek");
        assertEquals(2, run.exitCode());
        assertEquals("Unknown command 'chek'. Did you mean 'check'? Run `manage help` for the list of commands.\n",
                run.err());
    }

    @Test
    void unknownOptionNamesTheCommandToAskForHelp() {
        ManageRun run = ManageRun.of("showurls", "--verbose");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--verbose'"), run.err());
        assertTrue(run.err().contains("Run `manage showurls --help` for the options."), run.err());
    }

    @Test
    void globalOptionsAreReadWhereverTheyAppear() {
        String[] args = {"check", "--profile=prod", "--settings", "classpath:other.yaml"};
        assertEquals("classpath:other.yaml", Manage.globalOption(args, "--settings"));
        assertEquals("prod", Manage.globalOption(args, "--profile"));
        assertEquals(null, Manage.globalOption(new String[] {"--", "--profile", "x"}, "--profile"));
    }

    @Test
    void globalOptionsAreAcceptedAfterTheCommandToo() {
        ManageRun run = ManageRun.of("check", "--profile", "prod");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void versionNamesMosaic() {
        ManageRun run = ManageRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Mosaic "), run.out());
    }
}
