package dev.mosaic.orm.blog;

import dev.mosaic.orm.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Long text both ways Hibernate maps it, for the text lookups on CLOB and text columns. */
@Entity
public class Note {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @Id
    @GeneratedValue
    public Long id;

    public String title;

    /** A LOB (Hibernate binds it as a CLOB) in a text column: H2's text is a CLOB. */
    @Lob
    @Column(columnDefinition = "text")
    public String body;

    /** Hibernate's long text, which migrations write as {@code text}. */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String summary;

    protected Note() {
    }

    public Note(String title, String text) {
        this.title = title;
        this.body = text;
        this.summary = text;
    }
}
