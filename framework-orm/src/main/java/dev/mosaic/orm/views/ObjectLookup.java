package dev.mosaic.orm.views;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.http.Http404;
import dev.mosaic.http.Request;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.DoesNotExist;
import dev.mosaic.orm.QuerySet;
import dev.mosaic.orm.internal.ModelQuery;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How DetailView and DeleteView find their object: by primary key from the {@code pk} path
 * parameter, or by a slug field from the {@code slug} one; within the view's queryset when it
 * has one (Django's {@code get_queryset}: only published posts, only the user's own). Not found is
 * a 404.
 */
final class ObjectLookup {
    private final Class<?> model;
    private final String slugField;
    private final Function<Request, ? extends QuerySet<?>> queryset;
    /**
     * The model's id type, read from Hibernate's metamodel on first use: the view is built with
     * the URL conf, possibly before a database is open. The type is the entity class's own, the
     * same in every database that maps it, so a race only reads it twice.
     */
    private volatile Class<?> idType;

    ObjectLookup(Class<?> model, String slugField, Function<Request, ? extends QuerySet<?>> queryset) {
        this.model = model;
        this.slugField = slugField;
        this.queryset = queryset;
    }

    Object find(Request request) {
        if (queryset != null) {
            return inQueryset(request);
        }
        if (slugField != null) {
            Object slug = param(request, "slug");
            return new ModelQuery<>(model, List.of(), slugField, String.valueOf(slug)).single()
                    .orElseThrow(() -> notFound());
        }
        Object raw = param(request, "pk");
        return Db.database().inSession(s -> {
            Object id = convert(raw, idType());
            Object found = s.find(model, id);
            if (found == null) {
                throw notFound();
            }
            return found;
        });
    }

    private Object inQueryset(Request request) {
        QuerySet<?> objects = queryset.apply(request);
        if (objects == null || objects.model() != model) {
            throw new ImproperlyConfigured("The queryset of the generic view of " + model.getSimpleName() + " gave "
                    + (objects == null ? "null" : "a QuerySet of " + objects.model().getSimpleName()) + ". Fix: return"
                    + " " + model.getSimpleName() + ".objects.filter(...) or another QuerySet of "
                    + model.getSimpleName() + ".");
        }
        QuerySet<?> match = slugField != null
                ? objects.filter(slugField, String.valueOf(param(request, "slug")))
                : objects.filter("pk", convert(param(request, "pk"), idType()));
        try {
            return match.get();
        } catch (DoesNotExist e) {
            throw notFound();
        }
    }

    private Class<?> idType() {
        Class<?> type = idType;
        if (type == null) {
            type = Db.database().sessionFactory().getMetamodel().entity(model).getIdType().getJavaType();
            idType = type;
        }
        return type;
    }

    private Http404 notFound() {
        return new Http404("No " + model.getSimpleName() + " found matching the query");
    }

    private Object param(Request request, String name) {
        Object value = request.pathParams().get(name);
        if (value == null) {
            throw new ImproperlyConfigured("The generic view of " + model.getSimpleName() + " looks its object up by the"
                    + " path parameter '" + name + "', which the route '" + request.match().route() + "' does not"
                    + " have. Fix: write the route as " + (name.equals("pk") ? "\"<int:pk>/\"" : "\"<slug:slug>/\"")
                    + (name.equals("pk") ? ", or call .slugField(\"slug\") to look up by slug." : "."));
        }
        return value;
    }

    private Object convert(Object raw, Class<?> idType) {
        String text = String.valueOf(raw);
        try {
            if (idType == Long.class || idType == long.class) {
                return Long.valueOf(text);
            }
            if (idType == Integer.class || idType == int.class) {
                return Integer.valueOf(text);
            }
            if (idType == UUID.class) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        return text;
    }
}
