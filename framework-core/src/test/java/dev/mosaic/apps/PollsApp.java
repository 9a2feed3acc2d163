package dev.mosaic.apps;

import java.util.List;

public final class PollsApp implements AppConfig {
    public static final class Question {
    }

    @Override
    public List<Class<?>> models() {
        return List.of(Question.class);
    }
}
