package dev.mosaic.orm;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one QuerySet's parts into HQL. Every field path is resolved against the model's
 * metamodel first (a wrong one is a {@link FieldError} listing the choices), so the only names
 * that reach the query text are the model's own; every value becomes a named parameter.
 * Single-valued relations are left-joined once per path; a condition through a to-many relation
 * becomes an {@code exists} subquery, so rows never repeat and {@code exclude} means "no related
 * row matches", as in Django.
 */
final class HqlCompiler {
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt",
            "lte", "startswith", "istartswith", "endswith", "iendswith", "range", "isnull");
    static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "week_day", "iso_week_day", "week",
            "quarter", "hour", "minute", "second", "date");

    record Step(ModelMeta owner, ModelMeta.Field field) {
    }

    record Resolved(String path, List<Step> steps, String transform, String lookup) {
        ModelMeta.Field last() {
            return steps.get(steps.size() - 1).field();
        }
    }

    private final Database db;
    final ModelMeta root;
    final String alias;
    private final Map<String, Aggregate> annotations;
    final Map<String, Object> params;
    private final Map<String, Join> joinsByPath = new LinkedHashMap<>();
    private int counter;
    /** True while compiling a condition every result row must meet: the joins it uses can be inner. */
    private boolean required;

    /** A join, left unless a condition every row must satisfy needs its far side to exist. */
    private static final class Join {
        final String path;
        final String alias;
        boolean inner;

        Join(String path, String alias) {
            this.path = path;
            this.alias = alias;
        }
    }

    HqlCompiler(Database db, ModelMeta root, String alias, Map<String, Aggregate> annotations) {
        this(db, root, alias, annotations, new LinkedHashMap<>());
    }

    /** A compiler that adds its parameters to {@code params} (for a subquery of another statement). */
    HqlCompiler(Database db, ModelMeta root, String alias, Map<String, Aggregate> annotations,
                Map<String, Object> params) {
        this.db = db;
        this.root = root;
        this.alias = alias;
        this.annotations = annotations;
        this.params = params;
    }

    String from() {
        return " from " + root.entityName + " " + alias;
    }

    String joins() {
        StringBuilder out = new StringBuilder();
        for (Join j : joinsByPath.values()) {
            out.append(j.inner ? " join " : " left join ").append(j.path).append(' ').append(j.alias);
        }
        return out.toString();
    }

    String param(Object value) {
        String name = "p" + (params.size() + 1);
        params.put(name, value);
        return ":" + name;
    }

    // ---- resolving field paths --------------------------------------------------------------

    Resolved resolve(String path, boolean lookups) {
        String[] parts = parts(path);
        ModelMeta meta = root;
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < parts.length && meta != null && meta.has(parts[i])) {
            ModelMeta.Field f = meta.field(parts[i], "");
            steps.add(new Step(meta, f));
            meta = f.kind() == ModelMeta.Kind.BASIC ? null : db.meta(f.target());
            i++;
        }
        if (steps.isEmpty()) {
            root.field(parts[0], "");
        }
        String transform = null;
        String lookup = "exact";
        ModelMeta.Field last = steps.get(steps.size() - 1).field();
        if (i < parts.length && lookups && last.kind() == ModelMeta.Kind.BASIC && TRANSFORMS.contains(parts[i])) {
            transform = parts[i++];
        }
        if (i < parts.length && lookups && LOOKUPS.contains(parts[i])) {
            lookup = parts[i++];
        }
        if (i < parts.length) {
            if (meta != null && transform == null && !lookups) {
                meta.field(parts[i], " (in '" + path + "')");
            }
            if (meta != null && transform == null && "exact".equals(lookup) && !LOOKUPS.contains(parts[i])) {
                meta.field(parts[i], " (in '" + path + "')");
            }
            throw new FieldError("Unsupported lookup '" + parts[i] + "' for " + steps.get(steps.size() - 1).owner()
                    .model.getSimpleName() + "." + last.name() + " in '" + path + "'." + (lookups
                    ? " Lookups: " + String.join(", ", new java.util.TreeSet<>(LOOKUPS)) + "; date parts: "
                    + String.join(", ", new java.util.TreeSet<>(TRANSFORMS)) + "."
                    : " Only field names are allowed here."));
        }
        return new Resolved(path, steps, transform, lookup);
    }

    /** The HQL expression of {@code steps}, left-joining relations on the way (from the root). */
    private String expr(List<Step> steps, String base, boolean joinLast) {
        for (int k = 0; k < steps.size(); k++) {
            ModelMeta.Field f = steps.get(k).field();
            boolean last = k == steps.size() - 1;
            boolean relation = f.kind() == ModelMeta.Kind.TO_ONE || f.kind() == ModelMeta.Kind.TO_MANY;
            if (last && !(joinLast && relation)) {
                return base + "." + f.name();
            }
            if (relation) {
                base = join(base, f.name());
            } else {
                base = base + "." + f.name();
            }
        }
        return base;
    }

    private String join(String base, String name) {
        String key = base + "." + name;
        Join j = joinsByPath.get(key);
        if (j == null) {
            j = new Join(key, "j" + (++counter));
            joinsByPath.put(key, j);
        }
        // Django's rule: a filter() across a relation is an INNER JOIN; OR, NOT, isnull and
        // orderings keep the LEFT JOIN that also yields the rows without a related one. Same
        // rows either way, but the database may then start from the other table.
        j.inner |= required;
        return j.alias;
    }

    // ---- conditions -------------------------------------------------------------------------

    String where(Q q) {
        return condition(q, false, false);
    }

    /**
     * The WHERE of a query's rows: like {@link #where}, but a relation that an AND-ed, positive,
     * non-null condition goes through is inner-joined.
     */
    String filterWhere(Q q) {
        return condition(q, false, true);
    }

    private String condition(Q q, boolean negated, boolean mustHold) {
        if (q instanceof Q.Nothing) {
            return "1 = 0";
        }
        if (q instanceof Q.Leaf leaf) {
            boolean before = required;
            required = mustHold && !negated && leaf.value != null && !leaf.lookup.endsWith("isnull");
            try {
                return leaf(leaf, negated);
            } finally {
                required = before;
            }
        }
        if (q instanceof Q.And and) {
            return "(" + String.join(" and ", and.parts.stream().map(p -> condition(p, negated, mustHold)).toList()) + ")";
        }
        if (q instanceof Q.Or or) {
            return "(" + String.join(" or ", or.parts.stream().map(p -> condition(p, negated, false)).toList()) + ")";
        }
        return "not (" + condition(((Q.Not) q).inner, !negated, false) + ")";
    }

    private String leaf(Q.Leaf leaf, boolean negated) {
        String first = firstPart(leaf.lookup);
        if (annotations.containsKey(first) && !root.has(first)) {
            String rest = leaf.lookup.substring(first.length());
            String lookup = rest.isEmpty() ? "exact" : rest.substring(2);
            if (!LOOKUPS.contains(lookup)) {
                throw new FieldError("Unsupported lookup '" + lookup + "' for the annotation '" + first + "'.");
            }
            return compare(aggregate(annotations.get(first)), lookup, leaf.value, Object.class, leaf.lookup, false);
        }
        Resolved r = resolve(leaf.lookup, true);
        return leafFrom(r, 0, alias, true, leaf.value, negated);
    }

    /** The condition of {@code r.steps[from..]} starting at {@code base}. */
    private String leafFrom(Resolved r, int from, String base, boolean outer, Object value, boolean negated) {
        List<Step> steps = r.steps();
        for (int k = from; k < steps.size(); k++) {
            ModelMeta.Field f = steps.get(k).field();
            if (f.kind() != ModelMeta.Kind.TO_MANY) {
                continue;
            }
            String prefix = outer ? expr(steps.subList(from, k), base, true) : navigate(steps.subList(from, k), base);
            String owner = k == from ? base : prefix;
            String collection = owner + "." + f.name();
            String sub = "s" + (++counter);
            boolean lastStep = k == steps.size() - 1;
            if (lastStep && "isnull".equals(r.lookup())) {
                return (truthy(value, r.path()) ? "not exists" : "exists") + " (select 1 from " + collection + " " + sub
                        + ")";
            }
            String inner = lastStep
                    ? compareRelation(sub, db.meta(f.target()), r, value, false)
                    : leafFrom(r, k + 1, sub, false, value, false);
            return "exists (select 1 from " + collection + " " + sub + " where " + inner + ")";
        }
        List<Step> rest = steps.subList(from, steps.size());
        ModelMeta.Field last = r.last();
        if (last.kind() == ModelMeta.Kind.TO_ONE) {
            String x = outer ? expr(rest, base, false) : navigate(rest, base);
            return compareRelation(x, db.meta(last.target()), r, value, negated && outer);
        }
        if (last.largeObject() && !"isnull".equals(r.lookup())) {
            throw new FieldError("'" + r.path() + "': " + steps.get(steps.size() - 1).owner().model.getSimpleName() + "."
                    + last.name() + " is a @Lob, which Hibernate keeps on PostgreSQL as a large object (the column holds"
                    + " its oid), so SQL cannot search or compare its text. Fix: map long text as"
                    + " @JdbcTypeCode(SqlTypes.LONG32VARCHAR) (a text column, as migrations write it) instead of @Lob.");
        }
        String x = outer ? expr(rest, base, false) : navigate(rest, base);
        if (last.longText() && !"isnull".equals(r.lookup())) {
            // Hibernate takes a CLOB or long-text attribute for no string (lower() and like refuse
            // it); as a string it compares as any other text, on every database.
            x = "cast(" + x + " as String)";
        }
        Class<?> type = last.javaType();
        if (r.transform() != null) {
            x = transform(r.transform(), x);
            type = "date".equals(r.transform()) ? java.time.LocalDate.class : Integer.class;
        }
        return compare(x, r.lookup(), value, type, r.path(), negated && outer);
    }

    /** Inside a subquery relations are navigated, not joined: the subquery has its own scope. */
    private static String navigate(List<Step> steps, String base) {
        StringBuilder b = new StringBuilder(base);
        steps.forEach(s -> b.append('.').append(s.field().name()));
        return b.toString();
    }

    /**
     * {@code author=<Author>}, {@code author=5} (its id), {@code author__in=[...]}, {@code author__isnull}.
     * {@code nullSafe} under an outer NOT: {@code exclude(author=bob)} keeps the posts without an
     * author, as Django does, instead of losing them to SQL's NULL.
     */
    private String compareRelation(String x, ModelMeta target, Resolved r, Object value, boolean nullSafe) {
        String lookup = r.lookup();
        if ("isnull".equals(lookup)) {
            return x + (truthy(value, r.path()) ? " is null" : " is not null");
        }
        if (!"exact".equals(lookup) && !"in".equals(lookup)) {
            throw new FieldError("'" + r.path() + "': a relation compares with exact, in or isnull only. Fix: name a"
                    + " field of " + target.model.getSimpleName() + ", e.g. '" + r.path().replace("__" + lookup, "")
                    + "__" + target.idName + "__" + lookup + "'.");
        }
        if (value == null) {
            return x + " is null";
        }
        Object sample = "in".equals(lookup) ? firstOf(value) : value;
        if (sample == null || target.model.isInstance(sample)) {
            return compare(x, lookup, value, target.model, r.path(), nullSafe);
        }
        return compare(x + "." + target.idName, lookup, value, target.fields.get(target.idName).javaType(), r.path(),
                nullSafe);
    }

    private String compare(String x, String lookup, Object value, Class<?> type, String path, boolean nullSafe) {
        String what = root.model.getSimpleName() + "." + path;
        String rhs;
        String cond;
        switch (lookup) {
            case "isnull" -> {
                return x + (truthy(value, path) ? " is null" : " is not null");
            }
            case "exact" -> {
                if (value == null) {
                    return x + " is null";
                }
                cond = x + " = " + rhs(value, type, what);
            }
            case "iexact" -> cond = "lower(" + x + ") = " + param(text(value, path).toLowerCase(Locale.ROOT));
            case "contains" -> cond = x + " like " + param("%" + escape(text(value, path)) + "%") + " escape '!'";
            case "icontains" -> cond = "lower(" + x + ") like "
                    + param("%" + escape(text(value, path).toLowerCase(Locale.ROOT)) + "%") + " escape '!'";
            case "startswith" -> cond = x + " like " + param(escape(text(value, path)) + "%") + " escape '!'";
            case "istartswith" -> cond = "lower(" + x + ") like "
                    + param(escape(text(value, path).toLowerCase(Locale.ROOT)) + "%") + " escape '!'";
            case "endswith" -> cond = x + " like " + param("%" + escape(text(value, path))) + " escape '!'";
            case "iendswith" -> cond = "lower(" + x + ") like "
                    + param("%" + escape(text(value, path).toLowerCase(Locale.ROOT))) + " escape '!'";
            case "in" -> {
                List<Object> values = new ArrayList<>();
                for (Object v : items(value, path)) {
                    values.add(Coercion.coerce(v, type, what));
                }
                if (values.isEmpty()) {
                    return "1 = 0";
                }
                cond = x + " in (" + param(values) + ")";
            }
            case "gt" -> cond = x + " > " + rhs(value, type, what);
            case "gte" -> cond = x + " >= " + rhs(value, type, what);
            case "lt" -> cond = x + " < " + rhs(value, type, what);
            case "lte" -> cond = x + " <= " + rhs(value, type, what);
            case "range" -> {
                List<Object> bounds = items(value, path);
                if (bounds.size() != 2) {
                    throw new FieldError("'" + path + "' needs two values, the low and the high bound, e.g."
                            + " List.of(low, high); got " + bounds.size() + ".");
                }
                cond = x + " between " + rhs(bounds.get(0), type, what) + " and " + rhs(bounds.get(1), type, what);
            }
            default -> throw new FieldError("Unsupported lookup '" + lookup + "' in '" + path + "'.");
        }
        // Under NOT, SQL's NULL would drop the row; Django keeps rows whose field is null.
        return nullSafe ? "(" + cond + " and " + x + " is not null)" : cond;
    }

    private String rhs(Object value, Class<?> type, String what) {
        if (value instanceof F f) {
            return f(f);
        }
        return param(Coercion.coerce(value, type, what));
    }

    String f(F f) {
        if (f.field != null) {
            Resolved r = resolve(f.field, false);
            return expr(r.steps(), alias, false);
        }
        String right = f.right instanceof F other ? f(other) : param(f.right);
        return "(" + f(f.left) + " " + f.op + " " + right + ")";
    }

    /**
     * An F of a bulk update: the model's own fields only. HQL's update takes no joins, so
     * {@code F("author__id")} is refused as in Django, before any statement is built.
     */
    String localF(F f) {
        if (f.field != null) {
            if (resolve(f.field, false).steps().size() != 1) {
                throw new FieldError("Joined field references are not permitted in this query: F('" + f.field
                        + "'). Fix: update() reads the model's own fields only (" + String.join(", ", root.choices())
                        + "); read the related value first, or filter on it.");
            }
            return f(f);
        }
        String right = f.right instanceof F other ? localF(other) : param(f.right);
        return "(" + localF(f.left) + " " + f.op + " " + right + ")";
    }

    private static String transform(String t, String x) {
        return switch (t) {
            case "week_day" -> "extract(day of week from " + x + ")";
            case "iso_week_day" -> "(mod(extract(day of week from " + x + ") + 5, 7) + 1)";
            default -> "extract(" + t + " from " + x + ")";
        };
    }

    // ---- select parts -----------------------------------------------------------------------

    /** A value to select or order by: a field path or an annotation's name. */
    String value(String path) {
        if (annotations.containsKey(path) && !root.has(path)) {
            return aggregate(annotations.get(path));
        }
        Resolved r = resolve(path, false);
        ModelMeta.Field last = r.last();
        String x = expr(r.steps(), alias, true);
        if (last.kind() == ModelMeta.Kind.TO_ONE || last.kind() == ModelMeta.Kind.TO_MANY) {
            return x + "." + db.meta(last.target()).idName;
        }
        return x;
    }

    String aggregate(Aggregate a) {
        Resolved r = resolve(a.field(), false);
        String x = expr(r.steps(), alias, true);
        String fn = a.function().name().toLowerCase(Locale.ROOT);
        return fn + "(" + (a.distinct() ? "distinct " : "") + x + ")";
    }

    /** {@code -published} and {@code title} as {@code j1.published desc, e.title}. */
    String orderBy(List<String> ordering) {
        List<String> terms = new ArrayList<>();
        List<String> values = orderValues(ordering);
        for (int i = 0; i < values.size(); i++) {
            terms.add(values.get(i) + (ordering.get(i).startsWith("-") ? " desc" : ""));
        }
        return String.join(", ", terms);
    }

    /**
     * The expressions an ordering sorts by, without direction: a SELECT DISTINCT must also
     * select them (PostgreSQL and H2 refuse to sort distinct rows by anything else), as Django
     * adds them to its select list.
     */
    List<String> orderValues(List<String> ordering) {
        List<String> values = new ArrayList<>();
        for (String o : ordering) {
            String path = o.startsWith("-") ? o.substring(1) : o;
            if (path.isEmpty() || !path.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                throw new FieldError("Invalid ordering '" + o + "'. Fix: a field name, '-' before it for descending,"
                        + " e.g. '-published'. Choices are: " + String.join(", ", root.choices()) + ".");
            }
            values.add(value(path));
        }
        return values;
    }

    // ---- values -----------------------------------------------------------------------------

    private static String text(Object value, String path) {
        if (value == null) {
            throw new FieldError("'" + path + "' needs a text to match, not null.");
        }
        return value.toString();
    }

    /** LIKE wildcards in the user's text match themselves, not any text. */
    /**
     * {@code path} split at {@code __}, as {@code split("__", -1)} without compiling a regular
     * expression on every call (a two-character separator misses String.split's fast path).
     */
    static String[] parts(String path) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int at = path.indexOf("__"); at >= 0; at = path.indexOf("__", from)) {
            out.add(path.substring(from, at));
            from = at + 2;
        }
        out.add(path.substring(from));
        return out.toArray(new String[0]);
    }

    /** The first field name of a lookup path ({@code author} of {@code author__username__iexact}). */
    static String firstPart(String path) {
        int at = path.indexOf("__");
        return at < 0 ? path : path.substring(0, at);
    }

    static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean truthy(Object value, String path) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new FieldError("'" + path + "' takes true or false, not " + value + ".");
    }

    private static List<Object> items(Object value, String path) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(Array.get(value, i));
            }
            return out;
        }
        throw new FieldError("'" + path + "' takes a collection or an array, not " + value + ".");
    }

    private static Object firstOf(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.iterator().next();
        }
        if (value != null && value.getClass().isArray()) {
            return Array.getLength(value) == 0 ? null : Array.get(value, 0);
        }
        return value;
    }
}
