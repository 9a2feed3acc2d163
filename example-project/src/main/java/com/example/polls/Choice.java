package com.example.polls;

import java.util.concurrent.atomic.AtomicInteger;

/** One answer to a question, with its vote count (safe to vote from many requests at once). */
public final class Choice {
    private final int id;
    private final String text;
    private final AtomicInteger votes = new AtomicInteger();

    public Choice(int id, String text) {
        this.id = id;
        this.text = text;
    }

    public int id() {
        return id;
    }

    public String text() {
        return text;
    }

    public int votes() {
        return votes.get();
    }

    void vote() {
        votes.incrementAndGet();
    }
}
