package com.example.polls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A poll question and its choices. The text is fixed; only the votes change. */
public record Question(int id, String text, Instant published, List<Choice> choices) {
    public Question {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(int choiceId) {
        return choices.stream().filter(c -> c.id() == choiceId).findFirst();
    }

    public int totalVotes() {
        return choices.stream().mapToInt(Choice::votes).sum();
    }
}
