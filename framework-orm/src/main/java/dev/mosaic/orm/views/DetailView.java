package dev.mosaic.orm.views;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.QuerySet;
import dev.mosaic.views.View;
import dev.mosaic.views.generic.ContextMixin;
import dev.mosaic.views.generic.TemplateResponseMixin;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Django's {@code DetailView}: renders one object, found by the {@code pk} path parameter or by a
 * slug field from the {@code slug} one; none is a 404. One line in a URL conf:
 *
 * <pre>{@code
 * path("posts/<int:pk>/", DetailView.of(Post.class), "post-detail"),
 * path("posts/<slug:slug>/", DetailView.of(Post.class).slugField("slug").template("blog/post.html")),
 * path("<int:year>/<slug:slug>/", DetailView.of(Post.class).slugField("slug")
 *         .queryset(request -> Post.live().filter("published__year", request.pathParam("year")))),
 * }</pre>
 *
 * The context has {@code object} and {@code <model>} ({@code post}); the default template is
 * {@code <app_label>/<model>_detail.html}. A {@link Spec#queryset queryset} restricts what may be
 * shown (only published posts, only the user's own; anything else is a 404), as Django's
 * {@code get_queryset}; a subclass may also override {@link #object} or {@link #contextData}.
 */
public class DetailView<T> extends View implements ContextMixin, TemplateResponseMixin {
    private final Spec<T> spec;
    private Request request;

    public DetailView(Spec<T> spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public static <T> Spec<T> of(Class<T> model) {
        return new Spec<>(model, null, null, null);
    }

    /** The object to show; the default looks it up by pk or slug and throws Http404 when there is none. */
    public T object(Request request) {
        return spec.model.cast(spec.lookup.find(request));
    }

    @Override
    public String templateName() {
        return spec.template != null ? spec.template : ModelNames.template(request, spec.model, "_detail");
    }

    @Override
    public Response get(Request request) {
        this.request = request;
        T object = object(request);
        Map<String, Object> context = contextData(request);
        context.put("object", object);
        context.put(ModelNames.modelName(spec.model), object);
        return renderToResponse(request, context);
    }

    /** A configured detail view, usable directly in {@code path(...)}. Immutable. */
    public static final class Spec<T> implements Handler {
        final Class<T> model;
        final String slugField;
        final String template;
        final Function<Request, QuerySet<T>> queryset;
        final ObjectLookup lookup;
        private final Handler view;

        Spec(Class<T> model, String slugField, String template, Function<Request, QuerySet<T>> queryset) {
            this.model = Objects.requireNonNull(model, "model");
            this.slugField = slugField;
            this.template = template;
            this.queryset = queryset;
            this.lookup = new ObjectLookup(model, slugField, queryset);
            this.view = View.asView(() -> new DetailView<>(this));
        }

        /** Look the object up by this field, from the {@code slug} path parameter. */
        public Spec<T> slugField(String field) {
            return new Spec<>(model, Objects.requireNonNull(field, "field"), template, queryset);
        }

        public Spec<T> template(String name) {
            return new Spec<>(model, slugField, Objects.requireNonNull(name, "name"), queryset);
        }

        /** Only objects of this QuerySet are shown (Django's {@code get_queryset}); others are a 404. */
        public Spec<T> queryset(Function<Request, QuerySet<T>> objects) {
            return new Spec<>(model, slugField, template, Objects.requireNonNull(objects, "objects"));
        }

        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }

        @Override
        public String toString() {
            return "DetailView of " + model.getSimpleName();
        }
    }
}
