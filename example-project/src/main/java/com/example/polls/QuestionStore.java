package com.example.polls;

import dev.mosaic.http.Http404;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The polls in memory, newest first. One store per running application (it belongs to the
 * {@link PollsApp} instance), so every test's client starts from the same seed data.
 */
public final class QuestionStore {
    private final Map<Integer, Question> questions = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Clock clock;

    public QuestionStore(Clock clock) {
        this.clock = clock;
    }

    public Question add(String text, List<String> choiceTexts) {
        List<Choice> choices = new ArrayList<>(choiceTexts.size());
        for (int i = 0; i < choiceTexts.size(); i++) {
            choices.add(new Choice(i + 1, choiceTexts.get(i)));
        }
        Question q = new Question(nextId.getAndIncrement(), text, clock.instant(), choices);
        questions.put(q.id(), q);
        return q;
    }

    public List<Question> latest() {
        return questions.values().stream()
                .sorted(Comparator.comparing(Question::published).thenComparing(Question::id).reversed())
                .toList();
    }

    /** The question, or a 404 that says which one is missing. */
    public Question getOr404(int id) {
        Question q = questions.get(id);
        if (q == null) {
            throw new Http404("No question with id " + id + ".");
        }
        return q;
    }

    public boolean contains(int id) {
        return questions.containsKey(id);
    }

    public void vote(Choice choice) {
        choice.vote();
    }
}
