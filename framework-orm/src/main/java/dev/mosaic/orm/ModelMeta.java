package dev.mosaic.orm;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.SqlTypes;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a QuerySet needs to know of one model, read from Hibernate's JPA metamodel once per
 * model and database: its fields by name, which are relations, and its id.
 */
final class ModelMeta {
    enum Kind { BASIC, EMBEDDED, TO_ONE, TO_MANY }

    /**
     * One field. {@code longText}: a {@code @Lob} or {@code LONG32VARCHAR} text, which Hibernate's
     * query language takes for no string. {@code largeObject}: a {@code @Lob} the database keeps
     * outside the row (PostgreSQL: the column holds an oid), so SQL cannot search its text.
     */
    record Field(String name, Kind kind, Class<?> javaType, Class<?> target, boolean longText, boolean largeObject) {
        Field(String name, Kind kind, Class<?> javaType, Class<?> target) {
            this(name, kind, javaType, target, false, false);
        }
    }

    final Class<?> model;
    final String entityName;
    final String idName;
    final Map<String, Field> fields;

    private ModelMeta(Class<?> model, String entityName, String idName, Map<String, Field> fields) {
        this.model = model;
        this.entityName = entityName;
        this.idName = idName;
        this.fields = Collections.unmodifiableMap(fields);
    }

    static ModelMeta read(SessionFactory factory, Class<?> model) {
        ManagedType<?> type;
        try {
            type = factory.getMetamodel().managedType(model);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(model.getName() + " is not a model of this project: no installed app"
                    + " lists it in models(). Fix: add " + model.getSimpleName() + ".class to models() of its AppConfig.",
                    e);
        }
        Map<String, Field> fields = new TreeMap<>();
        SessionFactoryImplementor sf = factory.unwrap(SessionFactoryImplementor.class);
        EntityPersister persister = sf.getMappingMetamodel().findEntityDescriptor(model);
        boolean lobsAreObjects = sf.getJdbcServices().getDialect() instanceof PostgreSQLDialect;
        for (Attribute<?, ?> a : type.getAttributes()) {
            Field f = field(a);
            int code = f.kind() == Kind.BASIC && persister != null ? sqlType(persister, a.getName()) : SqlTypes.OTHER;
            boolean lob = code == SqlTypes.CLOB || code == SqlTypes.NCLOB;
            if (lob || code == SqlTypes.LONG32VARCHAR || code == SqlTypes.LONG32NVARCHAR) {
                f = new Field(f.name(), f.kind(), f.javaType(), f.target(), true, lob && lobsAreObjects);
            }
            fields.put(a.getName(), f);
        }
        String id = null;
        String name = model.getSimpleName();
        if (type instanceof IdentifiableType<?> identifiable && identifiable.hasSingleIdAttribute()) {
            id = identifiable.getId(identifiable.getIdType().getJavaType()).getName();
        }
        if (type instanceof EntityType<?> entity) {
            name = entity.getName();
        }
        return new ModelMeta(model, name, id, fields);
    }

    private static int sqlType(EntityPersister persister, String name) {
        return persister.findAttributeMapping(name) instanceof BasicValuedModelPart basic
                ? basic.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode() : SqlTypes.OTHER;
    }

    private static Field field(Attribute<?, ?> a) {
        if (a instanceof PluralAttribute<?, ?, ?> plural) {
            Type<?> element = plural.getElementType();
            Kind kind = element.getPersistenceType() == Type.PersistenceType.ENTITY ? Kind.TO_MANY : Kind.BASIC;
            return new Field(a.getName(), kind, a.getJavaType(), element.getJavaType());
        }
        SingularAttribute<?, ?> single = (SingularAttribute<?, ?>) a;
        Type.PersistenceType p = single.getType().getPersistenceType();
        Kind kind = p == Type.PersistenceType.ENTITY ? Kind.TO_ONE
                : p == Type.PersistenceType.EMBEDDABLE ? Kind.EMBEDDED : Kind.BASIC;
        return new Field(a.getName(), kind, a.getJavaType(), single.getType().getJavaType());
    }

    /** The field {@code name} ({@code pk} is the id), or a FieldError listing the choices. */
    Field field(String name, String context) {
        if ("pk".equals(name) && idName != null) {
            name = idName;
        }
        Field f = fields.get(name);
        if (f == null) {
            throw new FieldError("Cannot resolve keyword '" + name + "' into field of " + model.getSimpleName()
                    + context + ". Choices are: " + String.join(", ", choices()) + ".");
        }
        return f;
    }

    List<String> choices() {
        return List.copyOf(fields.keySet());
    }

    boolean has(String name) {
        return fields.containsKey(name) || ("pk".equals(name) && idName != null);
    }
}
