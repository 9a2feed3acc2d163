package dev.mosaic.orm;

import org.hibernate.Session;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.SelectionQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A lazy, immutable, chainable query over one model, as Django's QuerySet: each method returns
 * a new QuerySet and nothing runs until it is evaluated ({@link #list}, iteration, {@link #get},
 * {@link #count}, ...). Evaluated once, it keeps its rows, as Django's does.
 *
 * <pre>{@code
 * List<Post> recent = Post.objects.filter("published__year", 2024)
 *         .exclude("author__username__iexact", "bot")
 *         .orderBy("-published", "title")
 *         .selectRelated("author")
 *         .slice(0, 10)
 *         .list();
 * }</pre>
 *
 * Field paths use {@code __} across relations and end in an optional lookup (see
 * docs/queries.md). Every name is checked against the model before any SQL is built, and every
 * value is a bound parameter.
 */
public final class QuerySet<T> implements Iterable<T>, ObjectList<T> {
    /** As Django: get() stops reading after this many rows to say how many it found. */
    static final int MAX_GET_RESULTS = 21;
    static final int PREFETCH_CHUNK = 500;

    private final Class<T> model;
    private final String using;
    private final Q where;
    private final Q having;
    private final List<String> ordering;
    private final int offset;
    private final Integer limit;
    private final List<String> related;
    private final List<String> prefetch;
    private final Map<String, Aggregate> annotations;
    private final boolean distinct;
    private volatile List<T> cache;

    QuerySet(Class<T> model, String using) {
        this(model, using, null, null, List.of(), 0, null, List.of(), List.of(), Map.of(), false);
    }

    private QuerySet(Class<T> model, String using, Q where, Q having, List<String> ordering, int offset, Integer limit,
                     List<String> related, List<String> prefetch, Map<String, Aggregate> annotations,
                     boolean distinct) {
        this.model = model;
        this.using = using;
        this.where = where;
        this.having = having;
        this.ordering = ordering;
        this.offset = offset;
        this.limit = limit;
        this.related = related;
        this.prefetch = prefetch;
        this.annotations = annotations;
        this.distinct = distinct;
    }

    public Class<T> model() {
        return model;
    }

    // ---- building ---------------------------------------------------------------------------

    /** A copy, not yet evaluated. */
    public QuerySet<T> all() {
        return new QuerySet<>(model, using, where, having, ordering, offset, limit, related, prefetch, annotations,
                distinct);
    }

    /**
     * Django's {@code none()}: a QuerySet that matches nothing and never asks the database for
     * rows ({@code list()}, {@code count()}, {@code exists()}, {@code update} and {@code delete}
     * answer at once). Useful where an API wants a QuerySet but the user may see nothing:
     * {@code user.isStaff() ? Post.objects.all() : Post.objects.none()}.
     */
    public QuerySet<T> none() {
        return copy(Q.Nothing.INSTANCE, having);
    }

    /** True when this QuerySet can match no row whatever the data ({@link #none()}, maybe filtered further). */
    private boolean matchesNothing() {
        return impossible(where);
    }

    private static boolean impossible(Q q) {
        if (q instanceof Q.Nothing) {
            return true;
        }
        if (q instanceof Q.And and) {
            return and.parts.stream().anyMatch(QuerySet::impossible);
        }
        if (q instanceof Q.Or or) {
            return or.parts.stream().allMatch(QuerySet::impossible);
        }
        return false;
    }

    /** Rows matching {@code lookup}: {@code filter("title__icontains", q)}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /** Rows matching every lookup of the map. */
    public QuerySet<T> filter(Map<String, ?> lookups) {
        return filter(Q.of(lookups));
    }

    public QuerySet<T> filter(Q q) {
        requireUnsliced("filter");
        if (!annotations.isEmpty() && q.mentions(annotations.keySet())) {
            return copy(where, having == null ? q : having.and(q));
        }
        return copy(where == null ? q : where.and(q), having);
    }

    /** Rows not matching {@code lookup}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return filter(Q.of(lookup, value).not());
    }

    public QuerySet<T> exclude(Map<String, ?> lookups) {
        return filter(Q.of(lookups).not());
    }

    public QuerySet<T> exclude(Q q) {
        return filter(q.not());
    }

    /**
     * Orders by these fields, replacing any earlier ordering; {@code -} before a name means
     * descending: {@code orderBy("-published", "title")}. Names are checked against the model,
     * so an ordering taken from a request cannot inject anything (it fails with FieldError).
     */
    public QuerySet<T> orderBy(String... fields) {
        return new QuerySet<>(model, using, where, having, List.of(fields), offset, limit, related, prefetch,
                annotations, distinct);
    }

    /**
     * The ordering reversed (by {@code -pk} when there is none). Refused on a slice, as in
     * Django: reversing the ordering would pick other rows, not the same rows backwards.
     */
    public QuerySet<T> reverse() {
        requireUnsliced("reverse");
        List<String> flipped = ordering.isEmpty() ? List.of("-pk")
                : ordering.stream().map(o -> o.startsWith("-") ? o.substring(1) : "-" + o).toList();
        return orderBy(flipped.toArray(String[]::new));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}. */
    public QuerySet<T> slice(int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("slice(" + from + ", " + to + "): bounds must satisfy 0 <= from <= to.");
        }
        int newOffset = offset + from;
        int newLimit = to - from;
        if (limit != null) {
            newLimit = Math.max(0, Math.min(newLimit, limit - from));
        }
        return new QuerySet<>(model, using, where, having, ordering, newOffset, newLimit, related, prefetch,
                annotations, distinct);
    }

    /** At most {@code n} rows: {@code slice(0, n)}. */
    public QuerySet<T> limit(int n) {
        return slice(0, n);
    }

    /** Each row once, even when a join would repeat it. */
    public QuerySet<T> distinct() {
        return new QuerySet<>(model, using, where, having, ordering, offset, limit, related, prefetch, annotations,
                true);
    }

    /** Loads these to-one relations in the same query (a fetch join): {@code selectRelated("author")}. */
    public QuerySet<T> selectRelated(String... paths) {
        List<String> all = new ArrayList<>(related);
        all.addAll(Arrays.asList(paths));
        return new QuerySet<>(model, using, where, having, ordering, offset, limit, List.copyOf(all), prefetch,
                annotations, distinct);
    }

    /**
     * Loads these relations (to-many too) for all the rows at once, in one extra query per
     * relation (per 500 rows) instead of one per row: {@code prefetchRelated("comments")}.
     */
    public QuerySet<T> prefetchRelated(String... paths) {
        List<String> all = new ArrayList<>(prefetch);
        all.addAll(Arrays.asList(paths));
        return new QuerySet<>(model, using, where, having, ordering, offset, limit, related, List.copyOf(all),
                annotations, distinct);
    }

    /**
     * Computes an aggregate per row (grouping by the row), usable in {@link #filter} (as
     * HAVING), {@link #orderBy}, {@link #values} and {@link #annotated}.
     */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        Map<String, Aggregate> all = new LinkedHashMap<>(annotations);
        for (Aggregate a : aggregates) {
            all.put(a.alias(), a);
        }
        return new QuerySet<>(model, using, where, having, ordering, offset, limit, related, prefetch,
                Collections.unmodifiableMap(all), distinct);
    }

    /** The same query on another database of {@code DATABASES}. */
    public QuerySet<T> using(String alias) {
        return new QuerySet<>(model, alias, where, having, ordering, offset, limit, related, prefetch, annotations,
                distinct);
    }

    private QuerySet<T> copy(Q newWhere, Q newHaving) {
        return new QuerySet<>(model, using, newWhere, newHaving, ordering, offset, limit, related, prefetch,
                annotations, distinct);
    }

    private void requireUnsliced(String what) {
        if (offset != 0 || limit != null) {
            throw new IllegalStateException("Cannot " + what + " a query once a slice has been taken. Fix: call "
                    + what + "() before slice()/limit().");
        }
    }

    // ---- evaluating -------------------------------------------------------------------------

    /** Runs the query (once: later calls return the same rows). */
    public List<T> list() {
        List<T> rows = cache;
        if (rows == null && matchesNothing()) {
            rows = List.of();
            cache = rows;
        }
        if (rows == null) {
            rows = Collections.unmodifiableList(database().inSession(s -> fetch(s, database())));
            cache = rows;
        }
        return rows;
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    public Stream<T> stream() {
        return list().stream();
    }

    /**
     * The one matching object.
     *
     * @throws DoesNotExist when none matches
     * @throws MultipleObjectsReturned when more than one does
     */
    public T get() {
        List<T> rows = (limit == null ? slice(0, MAX_GET_RESULTS) : this).list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(model);
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(model, rows.size(), MAX_GET_RESULTS);
        }
        return rows.get(0);
    }

    public T get(String lookup, Object value) {
        return filter(lookup, value).get();
    }

    public T get(Q q) {
        return filter(q).get();
    }

    /** The first row in the ordering (by pk when unordered), if any. */
    public Optional<T> first() {
        QuerySet<T> ordered = ordering.isEmpty() ? orderBy("pk") : this;
        return ordered.slice(0, 1).list().stream().findFirst();
    }

    /** The last row in the ordering (by pk when unordered), if any; on a slice, the slice's last row. */
    public Optional<T> last() {
        QuerySet<T> ordered = ordering.isEmpty() ? orderBy("pk") : this;
        if (offset != 0 || limit != null) {
            List<T> rows = ordered.list();
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        }
        return ordered.reverse().slice(0, 1).list().stream().findFirst();
    }

    /** A page of this query: {@code slice(offset, offset + limit).list()}; a {@link Paginator} calls it. */
    @Override
    public List<T> fetch(int offset, int limit) {
        return slice(offset, offset + limit).list();
    }

    /** The number of rows, counted by the database. */
    @Override
    public long count() {
        List<T> rows = cache;
        if (rows != null) {
            return rows.size();
        }
        if (matchesNothing()) {
            return 0;
        }
        Database db = database();
        if (offset == 0 && limit == null && annotations.isEmpty()) {
            return db.inSession(s -> {
                HqlCompiler c = compiler(db);
                String hql = assemble(c, "count(" + (distinct ? "distinct " : "") + "e)", false, false, null);
                return run(s, hql, c, Long.class).getSingleResult();
            });
        }
        return db.inSession(s -> (long) idRows(s, db, null).size());
    }

    /** Whether any row matches, reading at most one. */
    public boolean exists() {
        if (matchesNothing()) {
            return false;
        }
        Database db = database();
        return db.inSession(s -> !idRows(s, db, 1).isEmpty());
    }

    /**
     * The rows as maps of the given fields (and annotations), as Django's {@code values()};
     * with no fields, every plain field of the model. With annotations, rows are grouped by the
     * given fields: {@code values("author__username").annotate(count("id"))}, in any order.
     */
    public List<Map<String, Object>> values(String... fields) {
        Database db = database();
        List<String> names = new ArrayList<>(fields.length == 0 ? plainFields(db) : Arrays.asList(fields));
        List<String> columns = new ArrayList<>(names);
        columns.addAll(annotations.keySet());
        List<Object[]> rows = db.inSession(s -> rows(s, db, names, true));
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), row[i]);
            }
            out.add(Collections.unmodifiableMap(m));
        }
        return out;
    }

    /** The rows as lists of the given fields' values, as Django's {@code values_list()}. */
    public List<List<Object>> valuesList(String... fields) {
        Database db = database();
        return db.inSession(s -> rows(s, db, Arrays.asList(fields), false)).stream().map(Arrays::asList).toList();
    }

    /** One field's values, typed, as Django's {@code values_list(field, flat=True)}. */
    public <V> List<V> valuesList(Class<V> type, String field) {
        return valuesList(field).stream().map(row -> type.cast(row.get(0))).toList();
    }

    /**
     * Aggregates over all matching rows: {@code aggregate(avg("rating"))} gives
     * {@code {rating__avg=3.5}}.
     */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        if (aggregates.length == 0) {
            throw new IllegalArgumentException("aggregate() needs at least one Aggregate, e.g. Aggregate.count(\"id\").");
        }
        Database db = database();
        Object[] row = db.inSession(s -> {
            HqlCompiler c = compiler(db);
            List<String> selects = Arrays.stream(aggregates).map(c::aggregate).toList();
            String hql = assemble(c, String.join(", ", selects), false, false, null);
            Object r = run(s, hql, c, Object.class).getSingleResult();
            return r instanceof Object[] a ? a : new Object[] {r};
        });
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < aggregates.length; i++) {
            out.put(aggregates[i].alias(), row[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The objects with their {@link #annotate annotations}. */
    public List<Annotated<T>> annotated() {
        Database db = database();
        return db.inSession(s -> {
            HqlCompiler c = compiler(db);
            List<Object[]> rows = run(s, entityQuery(c), c, Object[].class).getResultList();
            List<T> objects = rows.stream().map(r -> model.cast(r[0])).toList();
            prefetch(s, db, objects);
            List<Annotated<T>> out = new ArrayList<>(rows.size());
            List<String> names = List.copyOf(annotations.keySet());
            for (Object[] r : rows) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), r[i + 1]);
                }
                out.add(new Annotated<>(model.cast(r[0]), Collections.unmodifiableMap(values)));
            }
            return out;
        });
    }

    // ---- writing ----------------------------------------------------------------------------

    /** Saves a new object and returns it (with its generated id). */
    public T create(T object) {
        return database().inTransaction(s -> {
            s.persist(object);
            return object;
        });
    }

    /**
     * The object matching {@code lookups}, or a new one from {@code create}, saved:
     * {@code getOrCreate(Map.of("slug", "hello"), () -> new Post("Hello", "hello"))}. Safe against
     * a concurrent creator, as Django's {@code get_or_create}: the insert runs in a nested atomic
     * block (a savepoint), and when it breaks a constraint (the other creator's row is there now)
     * the savepoint is rolled back and the row read again; when it still is not there the
     * original error is thrown. For that the lookups must be backed by a unique constraint. As
     * with any nested block that rolls back, the session forgets the objects it had loaded.
     */
    public Created<T> getOrCreate(Map<String, ?> lookups, Supplier<T> create) {
        Database db = database();
        return db.inTransaction(s -> {
            Optional<T> found = only(lookups);
            if (found.isPresent()) {
                return new Created<>(found.get(), false);
            }
            try {
                return new Created<>(Transactions.atomic(db, () -> {
                    T object = create.get();
                    s.persist(object);
                    return object;
                }), true);
            } catch (RuntimeException e) {
                if (!IntegrityError.is(e)) {
                    throw e;
                }
                Optional<T> theirs;
                try {
                    theirs = only(lookups);
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                    throw e;
                }
                return new Created<>(theirs.orElseThrow(() -> e), false);
            }
        });
    }

    /** The one object matching {@code lookups}, if any; more than one is an error. */
    private Optional<T> only(Map<String, ?> lookups) {
        List<T> found = filter(lookups).slice(0, MAX_GET_RESULTS).list();
        if (found.size() > 1) {
            throw new MultipleObjectsReturned(model, found.size(), MAX_GET_RESULTS);
        }
        return found.stream().findFirst();
    }

    /** Sets a field on every matching row in one statement; returns how many rows changed. */
    public int update(String field, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(field, value);
        return update(one);
    }

    /**
     * Sets fields on every matching row in one statement, values or {@link F} expressions:
     * {@code update(Map.of("votes", F.of("votes").plus(1)))}. Objects already loaded keep their
     * old values, as in Django.
     */
    public int update(Map<String, ?> values) {
        requireUnsliced("update");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("update() needs at least one field to set.");
        }
        if (matchesNothing()) {
            return 0;
        }
        Database db = database();
        return db.inTransaction(s -> {
            HqlCompiler c = compiler(db);
            List<String> sets = new ArrayList<>();
            values.forEach((field, value) -> {
                HqlCompiler.Resolved r = c.resolve(field, false);
                ModelMeta.Field f = r.last();
                if (r.steps().size() != 1 || f.kind() == ModelMeta.Kind.TO_MANY) {
                    throw new FieldError("update() sets the model's own fields only, not '" + field + "'. Fields: "
                            + String.join(", ", c.root.choices()) + ".");
                }
                String rhs = value instanceof F fx ? c.localF(fx)
                        : c.param(Coercion.coerce(value, f.javaType(), model.getSimpleName() + "." + field));
                sets.add("e." + f.name() + " = " + rhs);
            });
            String hql = "update " + c.root.entityName + " e set " + String.join(", ", sets) + restriction(c, db);
            return mutate(s, hql, c);
        });
    }

    /**
     * Deletes every matching row in one statement; returns how many. Unlike Django it does not
     * load the rows to cascade: the database's foreign keys decide (delete children first, or
     * declare ON DELETE CASCADE).
     */
    public int delete() {
        requireUnsliced("delete");
        if (matchesNothing()) {
            return 0;
        }
        Database db = database();
        return db.inTransaction(s -> {
            HqlCompiler c = compiler(db);
            String hql = "delete from " + c.root.entityName + " e" + restriction(c, db);
            return mutate(s, hql, c);
        });
    }

    /**
     * The WHERE of a bulk statement. HQL's update and delete take no joins, so a condition that
     * needs one becomes {@code e.id in (select ...)}.
     */
    private String restriction(HqlCompiler outer, Database db) {
        if (where == null) {
            return "";
        }
        HqlCompiler probe = new HqlCompiler(db, outer.root, "e", annotations);
        probe.where(where);
        if (probe.joins().isEmpty()) {
            return " where " + outer.where(where);
        }
        HqlCompiler inner = new HqlCompiler(db, outer.root, "x", annotations, outer.params);
        String condition = inner.where(where);
        return " where e." + outer.root.idName + " in (select x." + outer.root.idName + " from " + outer.root.entityName
                + " x" + inner.joins() + " where " + condition + ")";
    }

    // ---- compiling --------------------------------------------------------------------------

    /** The HQL this QuerySet runs, for debugging and tests. Values appear as parameters only. */
    public String query() {
        Database db = database();
        return entityQuery(compiler(db));
    }

    private Database database() {
        Databases all = Databases.current();
        return using == null ? all.defaultDatabase() : all.get(using);
    }

    private HqlCompiler compiler(Database db) {
        return new HqlCompiler(db, db.meta(model), "e", annotations);
    }

    private String entityQuery(HqlCompiler c) {
        if (!annotations.isEmpty() && !related.isEmpty()) {
            throw new IllegalStateException("annotate() and selectRelated() cannot be combined: the rows are grouped."
                    + " Fix: use prefetchRelated() for the relations.");
        }
        String select = (distinct ? "distinct " : "") + "e";
        for (String a : annotations.keySet()) {
            select += ", " + c.aggregate(annotations.get(a));
        }
        return assemble(c, select, true, true, annotations.isEmpty() ? null : "e");
    }

    private String assemble(HqlCompiler c, String select, boolean fetch, boolean order, String groupBy) {
        String w = where == null ? null : c.filterWhere(where);
        String h = having == null ? null : c.where(having);
        String o = order && !ordering.isEmpty() ? c.orderBy(ordering) : null;
        if (o != null && distinct) {
            select += ", " + String.join(", ", c.orderValues(ordering));
        }
        StringBuilder hql = new StringBuilder("select ").append(select).append(c.from());
        if (fetch) {
            hql.append(fetchJoins(c));
        }
        hql.append(c.joins());
        if (w != null) {
            hql.append(" where ").append(w);
        }
        if (groupBy != null) {
            hql.append(" group by ").append(groupBy);
        }
        if (h != null) {
            hql.append(" having ").append(h);
        }
        if (o != null) {
            hql.append(" order by ").append(o);
        }
        return hql.toString();
    }

    private String fetchJoins(HqlCompiler c) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        Map<String, String> done = new LinkedHashMap<>();
        for (String path : related) {
            HqlCompiler.Resolved r = c.resolve(path, false);
            String base = "e";
            StringBuilder key = new StringBuilder();
            for (HqlCompiler.Step step : r.steps()) {
                if (step.field().kind() != ModelMeta.Kind.TO_ONE) {
                    throw new FieldError("selectRelated('" + path + "'): '" + step.field().name() + "' is not a to-one"
                            + " relation of " + step.owner().model.getSimpleName() + ". Relations: "
                            + relations(step.owner(), ModelMeta.Kind.TO_ONE) + ". For to-many relations use"
                            + " prefetchRelated().");
                }
                key.append("__").append(step.field().name());
                String alias = done.get(key.toString());
                if (alias == null) {
                    alias = "f" + (++n);
                    done.put(key.toString(), alias);
                    out.append(" left join fetch ").append(base).append('.').append(step.field().name()).append(' ')
                            .append(alias);
                }
                base = alias;
            }
        }
        return out.toString();
    }

    private static String relations(ModelMeta meta, ModelMeta.Kind... kinds) {
        List<ModelMeta.Kind> k = Arrays.asList(kinds);
        return String.join(", ", meta.fields.values().stream().filter(f -> k.contains(f.kind()))
                .map(ModelMeta.Field::name).toList());
    }

    private List<T> fetch(Session s, Database db) {
        HqlCompiler c = compiler(db);
        String hql = entityQuery(c);
        List<T> rows;
        if (annotations.isEmpty() && !sortColumns()) {
            rows = run(s, hql, c, model).getResultList();
        } else {
            rows = run(s, hql, c, Object[].class).getResultList().stream().map(r -> model.cast(r[0])).toList();
        }
        List<T> out = new ArrayList<>(rows);
        // A row whose lazy proxy is already in the session comes back as that proxy, and a proxy's
        // public fields read null: give callers the entity itself, as a query normally does.
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof org.hibernate.proxy.HibernateProxy) {
                out.set(i, model.cast(org.hibernate.Hibernate.unproxy(out.get(i))));
            }
        }
        prefetch(s, db, out);
        return out;
    }

    private List<Object> idRows(Session s, Database db, Integer max) {
        HqlCompiler c = compiler(db);
        String hql = assemble(c, (distinct ? "distinct " : "") + "e." + c.root.idName, false, max == null, annotations
                .isEmpty() ? null : "e." + c.root.idName);
        SelectionQuery<Object> q = run(s, hql, c, Object.class);
        if (max != null) {
            q.setMaxResults(limit == null ? max : Math.min(max, limit));
        }
        return q.getResultList().stream().map(r -> r instanceof Object[] a ? a[0] : r).toList();
    }

    /** True when a distinct query's rows end with its ordering's columns, selected only to sort by. */
    private boolean sortColumns() {
        return distinct && !ordering.isEmpty();
    }

    private List<Object[]> rows(Session s, Database db, List<String> fields, boolean withAnnotations) {
        HqlCompiler c = compiler(db);
        List<String> selects = new ArrayList<>();
        for (String f : fields) {
            selects.add(c.value(f));
        }
        List<String> group = List.copyOf(selects);
        if (withAnnotations) {
            annotations.values().forEach(a -> selects.add(c.aggregate(a)));
        }
        boolean grouped = withAnnotations && !annotations.isEmpty();
        if (selects.isEmpty()) {
            throw new IllegalArgumentException("valuesList() needs at least one field name.");
        }
        String hql = assemble(c, (distinct ? "distinct " : "") + String.join(", ", selects), false, true,
                grouped && !group.isEmpty() ? String.join(", ", group) : null);
        int width = selects.size();
        return run(s, hql, c, Object.class).getResultList().stream()
                .map(r -> r instanceof Object[] a ? (a.length == width ? a : Arrays.copyOf(a, width))
                        : new Object[] {r}).toList();
    }

    private List<String> plainFields(Database db) {
        ModelMeta meta = db.meta(model);
        return meta.fields.values().stream().filter(f -> f.kind() == ModelMeta.Kind.BASIC
                && !Collection.class.isAssignableFrom(f.javaType())).map(ModelMeta.Field::name).toList();
    }

    private <R> SelectionQuery<R> run(Session s, String hql, HqlCompiler c, Class<R> type) {
        SelectionQuery<R> q = s.createSelectionQuery(hql, type);
        bind(c.params, q::setParameter, q::setParameterList);
        if (offset > 0) {
            q.setFirstResult(offset);
        }
        if (limit != null) {
            q.setMaxResults(limit);
        }
        return q;
    }

    private static int mutate(Session s, String hql, HqlCompiler c) {
        MutationQuery q = s.createMutationQuery(hql);
        bind(c.params, q::setParameter, q::setParameterList);
        return q.executeUpdate();
    }

    private static void bind(Map<String, Object> params, java.util.function.BiConsumer<String, Object> one,
                             java.util.function.BiConsumer<String, Collection<?>> many) {
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> c) {
                many.accept(name, c);
            } else {
                one.accept(name, value);
            }
        });
    }

    /**
     * Loads the {@link #prefetchRelated} relations of {@code objects} into the same session,
     * level by level as Django does: {@code posts__comments} is one query for the authors'
     * posts, then one for those posts' comments (per 500 ids), so no two collections are
     * fetched in one query (Hibernate refuses two bags) and no row costs its own query. A level
     * two paths share ({@code posts} of {@code posts__comments}) is loaded once.
     */
    private void prefetch(Session s, Database db, List<T> objects) {
        if (prefetch.isEmpty() || objects.isEmpty()) {
            return;
        }
        var mapping = db.sessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getMappingMetamodel();
        Map<String, List<Object>> loaded = new LinkedHashMap<>();
        for (String path : prefetch) {
            HqlCompiler.Resolved r = compiler(db).resolve(path, false);
            List<Object> owners = new ArrayList<>(objects);
            ModelMeta ownerMeta = db.meta(model);
            StringBuilder key = new StringBuilder();
            for (HqlCompiler.Step step : r.steps()) {
                ModelMeta.Field field = step.field();
                if (field.kind() != ModelMeta.Kind.TO_ONE && field.kind() != ModelMeta.Kind.TO_MANY) {
                    throw new FieldError("prefetchRelated('" + path + "'): '" + field.name() + "' is not a"
                            + " relation of " + step.owner().model.getSimpleName() + ". Relations: "
                            + relations(step.owner(), ModelMeta.Kind.TO_ONE, ModelMeta.Kind.TO_MANY) + ".");
                }
                key.append("__").append(field.name());
                List<Object> next = loaded.get(key.toString());
                if (next == null) {
                    next = prefetchLevel(s, db, mapping.getEntityDescriptor(ownerMeta.model), ownerMeta, owners,
                            field);
                    loaded.put(key.toString(), next);
                }
                owners = next;
                ownerMeta = db.meta(field.target());
            }
        }
    }

    /** Fetches {@code field} of every owner (one query per chunk of ids); returns the related objects. */
    private static List<Object> prefetchLevel(Session s, Database db,
                                              org.hibernate.persister.entity.EntityPersister persister,
                                              ModelMeta ownerMeta, List<Object> owners, ModelMeta.Field field) {
        var util = db.sessionFactory().getPersistenceUnitUtil();
        List<Object> ids = owners.stream().map(util::getIdentifier).distinct().toList();
        String hql = "select e from " + ownerMeta.entityName + " e left join fetch e." + field.name() + " f where e."
                + ownerMeta.idName + " in (:ids)";
        List<Object> fetched = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += PREFETCH_CHUNK) {
            fetched.addAll(s.createSelectionQuery(hql, Object.class)
                    .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + PREFETCH_CHUNK)))
                    .getResultList());
        }
        // The session has one instance per row, so the fetched owners are the caller's objects
        // (or the proxies they hold, now initialized); Hibernate's own accessor reads the relation.
        // Identity, not equals(): a model's equals() might read lazy state.
        java.util.Set<Object> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Object> related = new ArrayList<>();
        for (Object owner : fetched) {
            if (!seen.add(owner)) {
                continue;
            }
            Object value = persister.getPropertyValue(org.hibernate.Hibernate.unproxy(owner), field.name());
            if (value instanceof Collection<?> many) {
                for (Object one : many) {
                    if (seen.add(one)) {
                        related.add(one);
                    }
                }
            } else if (value != null && seen.add(value)) {
                related.add(value);
            }
        }
        return related;
    }

    @Override
    public String toString() {
        return "QuerySet<" + model.getSimpleName() + ">" + (where == null ? "" : " where " + where)
                + (ordering.isEmpty() ? "" : " order by " + ordering)
                + (limit == null && offset == 0 ? "" : " [" + offset + ":" + (limit == null ? "" : offset + limit) + "]");
    }
}
