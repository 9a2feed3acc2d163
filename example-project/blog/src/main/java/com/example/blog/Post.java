package com.example.blog;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.Manager;
import dev.mosaic.orm.QuerySet;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A blog post. Without a {@code published} date it is a draft, seen only by staff; its public
 * address is {@code /blog/<year>/<slug>/}.
 */
@Entity
@Table(name = "blog_post")
public class Post {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @Id
    @GeneratedValue
    public Long id;

    @NotBlank
    @Column(nullable = false, length = 200)
    public String title;

    @NotBlank
    @Pattern(regexp = "[-a-zA-Z0-9_]+", message = "Enter a valid slug: letters, numbers, underscores or hyphens.")
    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    /** Long text (a text column); the length is the form's limit, which the column does not have. */
    @NotBlank
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, length = 20000)
    public String body;

    /** When it went public; {@code null} for a draft. */
    public LocalDateTime published;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public User author;

    @ManyToMany
    @JoinTable(name = "blog_post_tags", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    public Set<Tag> tags = new LinkedHashSet<>();

    /** Deleted with the post, as Django's {@code on_delete=CASCADE}. */
    @OneToMany(mappedBy = "post", cascade = CascadeType.REMOVE)
    @OrderBy("created")
    public List<Comment> comments = new ArrayList<>();

    protected Post() {
    }

    public Post(String title, String slug, String body, LocalDateTime published, User author) {
        this.title = title;
        this.slug = slug;
        this.body = body;
        this.published = published;
        this.author = author;
    }

    /** What visitors may see: published posts, newest first. */
    public static QuerySet<Post> live() {
        return objects.filter("published__lte", LocalDateTime.now()).orderBy("-published", "-id");
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getPublished() {
        return published;
    }

    public int getYear() {
        return published == null ? 0 : published.getYear();
    }

    public boolean isDraft() {
        return published == null || published.isAfter(LocalDateTime.now());
    }

    public User getAuthor() {
        return author;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public List<Comment> getComments() {
        return comments;
    }

    /** The first paragraph, for the index. */
    public String getExcerpt() {
        int end = body.indexOf("\n\n");
        return end < 0 ? body : body.substring(0, end);
    }

    /** The paragraphs, so that templates can render them escaped. */
    public List<String> getParagraphs() {
        return List.of(body.strip().split("\\R\\s*\\R"));
    }

    @Override
    public String toString() {
        return title;
    }
}
