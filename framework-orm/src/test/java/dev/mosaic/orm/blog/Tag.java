package dev.mosaic.orm.blog;

import dev.mosaic.orm.Manager;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import java.util.LinkedHashSet;
import java.util.Set;

/** A tag on posts: a many-to-many that the tag owns, as Django's {@code posts = ManyToManyField(Post)}. */
@Entity
public class Tag {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @Id
    @GeneratedValue
    public Long id;

    public String name;

    /** A broader tag; lazy, so a fixture that names it puts a proxy of that tag in the session. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Tag parent;

    @ManyToMany
    @OrderBy("id")
    public Set<Post> posts = new LinkedHashSet<>();

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }
}
