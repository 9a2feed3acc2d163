package com.example.polls;

import dev.mosaic.apps.Apps;
import dev.mosaic.apps.AppConfig;
import dev.mosaic.http.Request;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** Polls: questions with choices, voted on through HTML forms. Label {@code polls}. */
public final class PollsApp implements AppConfig {
    private final QuestionStore store = new QuestionStore(Clock.systemUTC());

    /** The store of the application serving {@code request}. */
    public static QuestionStore store(Request request) {
        return store(request.app().apps());
    }

    /** The store of the application whose apps these are, for code that runs outside a request. */
    public static QuestionStore store(Apps apps) {
        return ((PollsApp) apps.get("polls")).store;
    }

    /** {@code manage polls list}. */
    @Override
    public List<Callable<Integer>> commands() {
        return List.of(new PollsCommand());
    }

    @Override
    public void ready(Apps apps) {
        store.add("Tea or coffee?", List.of("Tea", "Coffee", "Both"));
        store.add("Which framework style do you prefer?", List.of("Django-style MTV", "Annotations", "Functional routes"));
    }
}
