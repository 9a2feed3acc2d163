package dev.mosaic.orm.test;

import dev.mosaic.apps.Apps;
import dev.mosaic.http.Json;
import dev.mosaic.orm.Database;
import dev.mosaic.orm.Databases;
import dev.mosaic.server.Application;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.IdentityGenerator;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads fixtures in Django's JSON format into a database, as {@code manage loaddata} does:
 *
 * <pre>{@code
 * [{"model": "blog.author", "pk": 1, "fields": {"name": "Ada"}},
 *  {"model": "blog.post", "pk": 1, "fields": {"title": "Hello", "published": "2024-05-01T10:00:00Z",
 *                                            "author": 1, "tags": [1, 2]}}]
 * }</pre>
 *
 * A relation is given by the primary key of the row it points to, a many-to-many by a list of
 * them. An object whose primary key exists already is updated, else inserted with that key, so
 * loading twice is harmless. Afterwards the models' sequences and identity columns are moved past
 * the highest key, so that rows created later do not collide with the fixture's.
 *
 * <pre>{@code
 * int loaded = Fixtures.load(app, "blog/fixtures/posts.json");      // class-path resources
 * }</pre>
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** Loads class-path resources into {@code default}; returns the number of objects. */
    public static int load(Application app, String... resources) {
        int count = 0;
        for (String resource : resources) {
            String name = resource.startsWith("/") ? resource.substring(1) : resource;
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = (loader != null ? loader : Fixtures.class.getClassLoader()).getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("No fixture '" + resource + "' on the class path. Fix: put it"
                            + " under src/test/resources (or src/main/resources) at that path.");
                }
                count += load(app, name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("Could not read fixture '" + resource + "': " + e.getMessage(), e);
            }
        }
        return count;
    }

    /** Loads a fixture file into {@code default}. */
    public static int load(Application app, Path file) {
        try {
            return load(app, file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read fixture " + file + ": " + e.getMessage(), e);
        }
    }

    static int load(Application app, String source, byte[] json) {
        Database db = Databases.of(app.apps()).orElseThrow(() -> new IllegalStateException("The project has no"
                + " database to load fixtures into.")).defaultDatabase();
        List<?> objects;
        try {
            objects = Json.read(json, List.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Fixture " + source + " is not a JSON list of objects: "
                    + e.getMessage(), e);
        }
        Set<Class<?>> touched = new LinkedHashSet<>();
        db.inTransaction(session -> {
            List<Runnable> manyToMany = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                String where = "Fixture " + source + ", object " + (i + 1);
                if (!(objects.get(i) instanceof Map<?, ?> object)) {
                    throw new IllegalArgumentException(where + " is not an object with model, pk and fields.");
                }
                touched.add(save(session, app.apps(), object, where, manyToMany));
            }
            session.flush();
            manyToMany.forEach(Runnable::run);
            return null;
        });
        resetKeys(db, touched);
        return objects.size();
    }

    private static Class<?> save(Session session, Apps apps, Map<?, ?> object, String where, List<Runnable> later) {
        Class<?> model;
        try {
            model = apps.model(String.valueOf(object.get("model")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        EntityType<?> type = session.getMetamodel().entity(model);
        SingularAttribute<?, ?> idAttribute = type.getId(type.getIdType().getJavaType());
        Object pk = FixtureValues.convert(object.get("pk"), idAttribute.getJavaType(), where + ", pk");
        if (pk == null) {
            throw new IllegalArgumentException(where + " (" + model.getSimpleName() + ") has no pk. Fix: give every"
                    + " object its primary key, so that relations can refer to it.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Object rawFields = object.get("fields");
        Map<?, ?> fields = rawFields instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            String name = String.valueOf(e.getKey());
            Attribute<?, ?> attribute = attribute(type, name, where);
            String field = where + ", field '" + name + "'";
            if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
                if (attribute.getPersistentAttributeType() != Attribute.PersistentAttributeType.MANY_TO_MANY) {
                    continue;
                }
                if (!owning(attribute)) {
                    throw new IllegalArgumentException(field + ": the links of a many-to-many are given on the side"
                            + " that owns it (" + plural.getElementType().getJavaType().getSimpleName() + "), as"
                            + " dumpdata writes them, not on its mappedBy side.");
                }
                if (!(e.getValue() instanceof List<?> pks)) {
                    throw new IllegalArgumentException(field + " is " + e.getValue() + ", not a list of the linked"
                            + " objects' keys, e.g. [1, 2].");
                }
                Class<?> target = plural.getElementType().getJavaType();
                Object owner = pk;
                later.add(() -> link(session, model, owner, attribute, target, pks, field));
                continue;
            }
            Object value = e.getValue();
            if (attribute.isAssociation()) {
                Class<?> target = attribute.getJavaType();
                EntityType<?> targetType = session.getMetamodel().entity(target);
                Object targetPk = FixtureValues.convert(value, targetType.getIdType().getJavaType(), field);
                values.put(name, targetPk == null ? null : session.getReference(target, targetPk));
            } else {
                values.put(name, FixtureValues.convert(value, attribute.getJavaType(), field));
            }
        }
        String entity = type.getName();
        String id = idAttribute.getName();
        boolean exists = session.createSelectionQuery("select count(e) from " + entity + " e where e." + id + " = :pk",
                Long.class).setParameter("pk", pk).getSingleResult() > 0;
        if (exists) {
            if (!values.isEmpty()) {
                StringBuilder hql = new StringBuilder("update " + entity + " e set ");
                int n = 0;
                for (String name : values.keySet()) {
                    hql.append(n++ == 0 ? "" : ", ").append("e.").append(name).append(" = :v").append(n);
                }
                var update = session.createMutationQuery(hql + " where e." + id + " = :pk").setParameter("pk", pk);
                bind(update, values);
                update.executeUpdate();
            }
        } else {
            StringBuilder columns = new StringBuilder(id);
            StringBuilder params = new StringBuilder(":pk");
            int n = 0;
            for (String name : values.keySet()) {
                n++;
                columns.append(", ").append(name);
                params.append(", :v").append(n);
            }
            var insert = session.createMutationQuery("insert into " + entity + " (" + columns + ") values (" + params
                    + ")").setParameter("pk", pk);
            bind(insert, values);
            insert.executeUpdate();
        }
        return model;
    }

    private static void bind(org.hibernate.query.MutationQuery query, Map<String, Object> values) {
        int n = 0;
        for (Object value : values.values()) {
            query.setParameter("v" + ++n, value);
        }
    }

    private static Attribute<?, ?> attribute(EntityType<?> type, String name, String where) {
        try {
            return type.getAttribute(name);
        } catch (IllegalArgumentException e) {
            Set<String> valid = new TreeSet<>();
            type.getAttributes().forEach(a -> valid.add(a.getName()));
            throw new IllegalArgumentException(where + ": " + type.getJavaType().getSimpleName() + " has no field '"
                    + name + "'. Valid fields: " + String.join(", ", valid) + ".");
        }
    }

    /**
     * Sets the many-to-many links through the owning entity, so Hibernate writes the join rows:
     * exactly the fixture's, as Django's loaddata, also when the row was there already.
     */
    @SuppressWarnings("unchecked")
    private static void link(Session session, Class<?> model, Object pk, Attribute<?, ?> attribute, Class<?> target,
                             List<?> pks, String where) {
        // The entity, not a proxy: another object's relation may have put a proxy of it in the
        // session, and a proxy's own fields are not the entity's.
        Object owner = Hibernate.unproxy(session.find(model, pk));
        if (!(attribute.getJavaMember() instanceof Field field)) {
            throw new IllegalArgumentException(where + ": only field-mapped many-to-many relations can be loaded.");
        }
        try {
            field.setAccessible(true);
            Collection<Object> collection = (Collection<Object>) field.get(owner);
            EntityType<?> targetType = session.getMetamodel().entity(target);
            List<Object> linked = new ArrayList<>();
            for (Object targetPk : pks) {
                Object key = FixtureValues.convert(targetPk, targetType.getIdType().getJavaType(), where);
                Object other = session.find(target, key);
                if (other == null) {
                    throw new IllegalArgumentException(where + " links " + target.getSimpleName() + " " + key
                            + ", which is neither in the database nor in the fixture.");
                }
                linked.add(other);
            }
            collection.clear();
            collection.addAll(linked);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        session.flush();
    }

    /**
     * Moves each model's key generator past the highest key in its table, so that new rows do not
     * collide with the fixture's explicit keys (Django's {@code sequence_reset_sql}).
     */
    private static void resetKeys(Database db, Set<Class<?>> models) {
        SessionFactoryImplementor factory = db.sessionFactory().unwrap(SessionFactoryImplementor.class);
        Dialect dialect = factory.getJdbcServices().getDialect();
        for (Class<?> model : models) {
            EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(model);
            Class<?> idType = persister.getIdentifierType().getReturnedClass();
            if (!Number.class.isAssignableFrom(idType) && !idType.isPrimitive()) {
                continue;
            }
            String entity = persister.getEntityName();
            String id = persister.getIdentifierPropertyName();
            Number max = db.inTransaction(s -> s.createSelectionQuery("select max(e." + id + ") from " + entity + " e",
                    Number.class).getSingleResult());
            if (max == null) {
                continue;
            }
            long highest = max.longValue();
            var generator = persister.getGenerator();
            if (generator instanceof SequenceStyleGenerator sequence) {
                String name = sequence.getDatabaseStructure().getPhysicalName().render();
                int increment = sequence.getDatabaseStructure().getIncrementSize();
                String next = dialect.getSequenceSupport().getSequenceNextValString(name);
                db.inTransaction(s -> {
                    // Only ever forward: draw values until the next block lies above the fixture's keys.
                    long value;
                    do {
                        value = ((Number) s.createNativeQuery(next, Object.class).getSingleResult()).longValue();
                    } while (value < highest + increment);
                    return null;
                });
            } else if (generator instanceof IdentityGenerator && persister instanceof AbstractEntityPersister p
                    && !(dialect instanceof MySQLDialect) && !(dialect instanceof MariaDBDialect)) {
                String sql = "alter table " + p.getTableName() + " alter column " + p.getIdentifierColumnNames()[0]
                        + " restart with " + (highest + 1);
                db.inTransaction(s -> s.createNativeMutationQuery(sql).executeUpdate());
            }
        }
    }

    /**
     * The rows of every model of the installed apps (or of {@code only}: labels or
     * {@code label.Model}) as a fixture in Django's JSON format ({@code manage dumpdata}).
     */
    public static String dump(Application app, List<String> only, boolean indent) {
        Database db = Databases.of(app.apps()).orElseThrow(() -> new IllegalStateException("The project has no"
                + " database to dump.")).defaultDatabase();
        List<Class<?>> models = new ArrayList<>();
        if (only.isEmpty()) {
            models.addAll(app.apps().models());
        }
        for (String name : only) {
            try {
                if (name.contains(".")) {
                    models.add(app.apps().model(name));
                } else {
                    models.addAll(app.apps().models(name));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        db.inSession(session -> {
            var util = session.getSessionFactory().getPersistenceUnitUtil();
            for (Class<?> model : models) {
                EntityType<?> type = session.getMetamodel().entity(model);
                SingularAttribute<?, ?> id = type.getId(type.getIdType().getJavaType());
                String label = app.apps().appFor(model).map(c -> c.label()).orElse("") + "."
                        + model.getSimpleName().toLowerCase(java.util.Locale.ROOT);
                for (Object result : session.createSelectionQuery("select e from " + type.getName() + " e order by e."
                        + id.getName(), model).getResultList()) {
                    // A row an earlier row's relation already proxied comes back as that proxy,
                    // whose own fields are empty: read the entity.
                    Object row = Hibernate.unproxy(result);
                    Map<String, Object> fields = new LinkedHashMap<>();
                    for (Attribute<?, ?> attribute : sorted(type)) {
                        if (attribute.getName().equals(id.getName())) {
                            continue;
                        }
                        Object value = read(attribute, row);
                        if (attribute instanceof PluralAttribute<?, ?, ?>) {
                            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_MANY
                                    && owning(attribute) && value instanceof Collection<?> c) {
                                fields.put(attribute.getName(), c.stream().map(util::getIdentifier).toList());
                            }
                        } else if (attribute.isAssociation()) {
                            fields.put(attribute.getName(), value == null ? null : util.getIdentifier(value));
                        } else {
                            fields.put(attribute.getName(), jsonValue(value));
                        }
                    }
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put("model", label);
                    object.put("pk", util.getIdentifier(row));
                    object.put("fields", fields);
                    out.add(object);
                }
                session.clear();
            }
            return null;
        });
        return indent ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) : Json.write(out);
    }

    private static List<Attribute<?, ?>> sorted(EntityType<?> type) {
        List<Attribute<?, ?>> all = new ArrayList<>(type.getAttributes());
        all.sort(java.util.Comparator.comparing(Attribute::getName));
        return all;
    }

    private static Object read(Attribute<?, ?> attribute, Object row) {
        try {
            if (attribute.getJavaMember() instanceof Field f) {
                f.setAccessible(true);
                return f.get(row);
            }
            if (attribute.getJavaMember() instanceof java.lang.reflect.Method m) {
                m.setAccessible(true);
                return m.invoke(row);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not read " + attribute.getName() + ": " + e.getMessage(), e);
        }
        return null;
    }

    private static boolean owning(Attribute<?, ?> attribute) {
        return !(attribute.getJavaMember() instanceof Field f)
                || f.getAnnotation(jakarta.persistence.ManyToMany.class) == null
                || f.getAnnotation(jakarta.persistence.ManyToMany.class).mappedBy().isEmpty();
    }

    private static Object jsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();    // dates and times as ISO-8601, UUIDs, characters
    }
}
