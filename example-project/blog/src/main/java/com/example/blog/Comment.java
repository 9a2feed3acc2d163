package com.example.blog;

import dev.mosaic.orm.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A visitor's comment on a post. */
@Entity
@Table(name = "blog_comment")
public class Comment {
    public static final Manager<Comment> objects = Manager.of(Comment.class);

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    public Post post;

    @Column(nullable = false, length = 80)
    public String name;

    @Column(nullable = false, length = 2000)
    public String body;

    @Column(nullable = false)
    public LocalDateTime created;

    protected Comment() {
    }

    public Comment(Post post, String name, String body, LocalDateTime created) {
        this.post = post;
        this.name = name;
        this.body = body;
        this.created = created;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreated() {
        return created;
    }

    public Post getPost() {
        return post;
    }

    @Override
    public String toString() {
        return name;
    }
}
