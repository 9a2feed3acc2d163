package dev.mosaic.apps;

import java.util.ArrayList;
import java.util.List;

/** A test app with two models that records the registry it was made ready with. */
public final class BlogApp implements AppConfig {
    public static final class Post {
    }

    public static final class Comment {
    }

    final List<String> events = new ArrayList<>();

    @Override
    public List<Class<?>> models() {
        events.add("models");
        return List.of(Post.class, Comment.class);
    }

    @Override
    public void ready(Apps apps) {
        events.add("ready:" + apps.model("blog", "post").getSimpleName() + ":" + apps.get("polls").label());
    }
}
