package dev.mosaic.orm.views;

import dev.mosaic.forms.Form;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.QuerySet;
import dev.mosaic.orm.forms.ModelForm;
import dev.mosaic.views.View;
import dev.mosaic.views.generic.ContextMixin;
import dev.mosaic.views.generic.TemplateResponseMixin;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Django's {@code UpdateView}: finds the object as {@link DetailView} does (the {@code pk} path
 * parameter, or a slug field from {@code slug}; none is a 404), shows a {@link ModelForm} filled
 * with it on GET, and on POST saves the listed fields in an atomic block and redirects, or shows
 * the form again with the submitted values and errors (status 200). The object is not changed
 * unless the form is valid.
 *
 * <pre>{@code
 * path("posts/<int:pk>/edit/", UpdateView.of(ModelForm.of(Post.class, "title", "body"), "/posts/{pk}/")
 *         .successMessage("Saved \"{title}\"."), "post-edit"),
 * path("posts/<slug:slug>/edit/", UpdateView.of(POST_FORM, "blog:post-detail", "slug").slugField("slug")),
 * }</pre>
 *
 * The template ({@code <app_label>/<model>_form.html} by default) gets {@code form},
 * {@code object} and {@code <model>}. A {@link Spec#queryset queryset} restricts what may be
 * edited (only the user's own posts; anything else is a 404); a subclass may override {@link #object}.
 */
public class UpdateView<T> extends View implements ContextMixin, TemplateResponseMixin {
    private final Spec<T> spec;
    private Request request;

    public UpdateView(Spec<T> spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Edits objects through {@code form}, then redirects to {@code successUrl} (a path, or a URL name with {@code args}). */
    public static <T> Spec<T> of(ModelForm<T> form, String successUrl, String... args) {
        return new Spec<>(form, SuccessTarget.of(successUrl, args), null, null, null);
    }

    /** The object to edit; the default looks it up by pk or slug and throws Http404 when there is none. */
    public T object(Request request) {
        return spec.form.model().cast(spec.lookup.find(request));
    }

    @Override
    public String templateName() {
        return spec.template != null ? spec.template : ModelNames.template(request, spec.form.model(), "_form");
    }

    @Override
    public Response get(Request request) {
        this.request = request;
        T object = object(request);
        return renderToResponse(request, contextData(request, spec.form.form(request, object), object));
    }

    @Override
    public Response post(Request request) {
        this.request = request;
        T object = object(request);
        Form<T> form = spec.form.bind(request, object);
        if (form.isValid()) {
            T saved = spec.form.save(form);
            if (saved != null) {
                return ModelFormViews.success(request, spec.form, spec.success, saved);
            }
        }
        return renderToResponse(request, contextData(request, form, object));
    }

    /** The context: {@link #contextData(Request)} plus {@code form}, {@code object} and {@code <model>}. */
    public Map<String, Object> contextData(Request request, Form<T> form, T object) {
        Map<String, Object> context = contextData(request);
        context.put("form", form);
        context.put("object", object);
        context.put(ModelNames.modelName(spec.form.model()), object);
        return context;
    }

    /** A configured update view, usable directly in {@code path(...)}. Immutable. */
    public static final class Spec<T> implements Handler {
        final ModelForm<T> form;
        final SuccessTarget success;
        final String slugField;
        final String template;
        final Function<Request, QuerySet<T>> queryset;
        final ObjectLookup lookup;
        private final Handler view;

        Spec(ModelForm<T> form, SuccessTarget success, String slugField, String template,
             Function<Request, QuerySet<T>> queryset) {
            this.form = Objects.requireNonNull(form, "form");
            this.success = success;
            this.slugField = slugField;
            this.template = template;
            this.queryset = queryset;
            this.lookup = new ObjectLookup(form.model(), slugField, queryset);
            this.view = View.asView(() -> new UpdateView<>(this));
        }

        /** Look the object up by this field, from the {@code slug} path parameter. */
        public Spec<T> slugField(String field) {
            return new Spec<>(form, success, Objects.requireNonNull(field, "field"), template, queryset);
        }

        public Spec<T> template(String name) {
            return new Spec<>(form, success, slugField, Objects.requireNonNull(name, "name"), queryset);
        }

        /** Only objects of this QuerySet may be edited (Django's {@code get_queryset}); others are a 404. */
        public Spec<T> queryset(Function<Request, QuerySet<T>> objects) {
            return new Spec<>(form, success, slugField, template, Objects.requireNonNull(objects, "objects"));
        }

        /** After saving, adds this success message, {@code {field}} filled from the saved object. */
        public Spec<T> successMessage(String message) {
            return new Spec<>(form, success.withMessage(Objects.requireNonNull(message, "message")), slugField, template,
                    queryset);
        }

        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }

        @Override
        public String toString() {
            return "UpdateView of " + form.model().getSimpleName();
        }
    }
}
