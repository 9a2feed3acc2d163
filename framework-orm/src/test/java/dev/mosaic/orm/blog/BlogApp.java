package dev.mosaic.orm.blog;

import dev.mosaic.apps.AppConfig;

import java.util.List;

public final class BlogApp implements AppConfig {
    @Override
    public List<Class<?>> models() {
        return List.of(Author.class, Post.class, Comment.class, Note.class, Tag.class);
    }
}
