package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.forms.HelpText;
import dev.mosaic.forms.InputType;
import dev.mosaic.forms.Label;
import dev.mosaic.forms.Widget;
import dev.mosaic.orm.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.validator.constraints.URL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a member tells others about themselves, one per {@link User} (Django's "profile model"
 * with a {@code OneToOneField} to the user). Sign-up creates it with the user; {@link #of}
 * creates it on first use for users made otherwise ({@code createsuperuser}, the demo data).
 * The optional fields hold {@code ""} when left empty, as Django's blank text fields do.
 */
@Entity
@Table(name = "accounts_profile")
public class Profile {
    public static final Manager<Profile> objects = Manager.of(Profile.class);

    @Id
    @GeneratedValue
    public Long id;

    // Eager (the default of a to-one): every page of a profile shows its user's name.
    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    public User user;

    @Label("Display name")
    @HelpText("How your name appears on the site. Empty: your username.")
    @Column(name = "display_name", length = 80)
    public String displayName = "";

    @Widget(InputType.TEXTAREA)
    @HelpText("A few words about yourself, 500 characters at most.")
    @Column(length = 500)
    public String bio = "";

    // java.net.URL's check plus the scheme: the page links to it, so no javascript: or file:.
    @Widget(InputType.URL)
    @URL(regexp = "(?i)(https?://.+)?", message = "Enter a valid URL starting with http:// or https://.")
    @Column(length = 200)
    public String website = "";

    @Column(length = 100)
    public String location = "";

    @Column(nullable = false)
    public Instant created;

    @Column(nullable = false)
    public Instant updated;

    protected Profile() {
    }

    public Profile(User user) {
        this.user = user;
    }

    /** The user's profile, created (empty) and saved if they have none yet. */
    public static Profile of(User user) {
        return objects.getOrCreate(Map.of("user", user), () -> new Profile(user)).object();
    }

    @PrePersist
    void stampCreated() {
        Instant now = Instant.now();
        if (created == null) {
            created = now;
        }
        if (updated == null) {
            updated = now;
        }
    }

    @PreUpdate
    void stampUpdated() {
        updated = Instant.now();
    }

    public User getUser() {
        return user;
    }

    /** Through the user's method, which works on a lazy proxy too (its public fields read null). */
    public String getUsername() {
        return user.username();
    }

    /** The display name, or the username when there is none. */
    public String getName() {
        return isBlank(displayName) ? user.username() : displayName;
    }

    /** The name's first character, upper-cased: the pages' avatar. */
    public String getInitial() {
        String name = getName().strip();
        return name.isEmpty() ? "?" : Character.toString(name.codePointAt(0)).toUpperCase(Locale.ROOT);
    }

    /** The day the user joined (UTC). */
    public LocalDate getMemberSince() {
        return LocalDate.ofInstant(user.dateJoined, ZoneOffset.UTC);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBio() {
        return bio;
    }

    /** The bio's paragraphs, so that templates render them escaped. */
    public List<String> getBioParagraphs() {
        return isBlank(bio) ? List.of() : List.of(bio.strip().split("\\R\\s*\\R"));
    }

    public String getWebsite() {
        return website;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }

    /** True until the member has written anything about themselves. */
    public boolean isEmpty() {
        return isBlank(displayName) && isBlank(bio) && isBlank(website) && isBlank(location);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return getName();
    }
}
