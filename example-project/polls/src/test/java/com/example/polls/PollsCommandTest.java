package com.example.polls;

import dev.mosaic.management.Manage;
import dev.mosaic.conf.Settings;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code manage polls list}, the command the polls app adds through {@code AppConfig.commands()}. */
@MosaicTest(settings = "classpath:tiny/settings.yaml")
@MosaicDbTest(fixtures = "polls/fixtures/polls.json")
class PollsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Settings settings;

    @BeforeEach
    void settings(Settings settings) {
        this.settings = settings;
    }

    private int manage(String... args) {
        return Manage.run(settings, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listPrintsEachQuestionNewestFirstWithItsVoteCount() {
        assertEquals(0, manage("polls", "list"), err::toString);
        assertEquals("  2  4 votes   Which framework style do you prefer?\n"
                + "  1  0 votes   Tea or coffee?\n", out.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", err.toString());
    }

    @Test
    void theCommandIsListedInTheManageHelpWithItsDescription() {
        assertEquals(0, manage("--help"), err::toString);
        assertTrue(out.toString().matches("(?s).*\\n  polls +Inspects the polls app's questions\\..*"), out::toString);
    }

    @Test
    void pollsAloneShowsItsSubcommands() {
        assertEquals(0, manage("polls"), err::toString);
        assertTrue(out.toString().contains("list  Lists the questions with their vote counts."), out::toString);
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        assertEquals(2, manage("polls", "lst"));
        assertTrue(err.toString().contains("lst"), err::toString);
    }

    @Test
    void showurlsNamesTheApiViewsInsideTheirCsrfWrapper() {
        assertEquals(0, manage("showurls"), err::toString);
        String urls = out.toString().replace(System.lineSeparator(), "\n");
        assertTrue(urls.contains("\n/api/questions/                  api:questions         com.example.api.QuestionsEndpoint\n"
                + "/api/questions/<int:id>/         api:question          com.example.api.QuestionEndpoint\n"
                + "/api/questions/<int:id>/vote/    api:vote              com.example.api.VoteEndpoint::vote\n"), urls);
    }
}
