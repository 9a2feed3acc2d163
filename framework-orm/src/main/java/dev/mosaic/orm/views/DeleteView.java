package dev.mosaic.orm.views;

import dev.mosaic.contrib.messages.Messages;
import dev.mosaic.http.Handler;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.QuerySet;
import dev.mosaic.orm.Transactions;
import dev.mosaic.views.View;
import dev.mosaic.views.generic.ContextMixin;
import dev.mosaic.views.generic.SuccessMessage;
import dev.mosaic.views.generic.TemplateResponseMixin;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Django's {@code DeleteView}: GET renders a confirmation page for the object, POST deletes it
 * (in a transaction) and redirects; HTTP DELETE does what POST does, as Django's
 * {@code DeletionMixin} (for a script: {@code fetch(url, {method: "DELETE", headers:
 * {"X-CSRFToken": token}})}). The object is found as {@link DetailView} finds it.
 *
 * <pre>{@code
 * path("posts/<int:pk>/delete/", DeleteView.of(Post.class, "blog:index")
 *         .successMessage("\"{object}\" is deleted."), "post-delete"),
 * path("posts/<slug:slug>/delete/", DeleteView.of(Post.class, "/posts/").slugField("slug")),
 * path("comments/<int:pk>/delete/", DeleteView.of(Comment.class,
 *         (request, comment) -> request.reverse("blog:detail", comment.post.id))
 *         .queryset(request -> Comment.objects.filter("author", request.user().id()))),
 * }</pre>
 *
 * The success URL is as CreateView's: a URL name (reversed, with the object's {@code pk} or the
 * path parameters for {@code args}), a path ({@code {pk}} and path parameters fill it; a relative
 * one is under the context path), or a function of the request and the object, called before
 * the object is deleted. The success message may name the path parameters, {@code {pk}} and
 * {@code {object}} (the object's {@code toString()}). A {@link Spec#queryset queryset} limits
 * what may be deleted: anything else is a 404.
 *
 * The confirmation template ({@code <app_label>/<model>_confirm_delete.html} by default) gets
 * {@code object} and {@code <model>}; its form POSTs to the same URL (with the CSRF token when
 * the CSRF middleware is on). A missing object is a 404 for every verb. Whatever wraps the view
 * (a login or permission check) and the CSRF check apply to DELETE as to POST.
 */
public class DeleteView<T> extends View implements ContextMixin, TemplateResponseMixin {
    private final Spec<T> spec;
    private Request request;

    public DeleteView(Spec<T> spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Deletes an object of {@code model}, then redirects to {@code successUrl}: a path, or a URL
     * name reversed with the values named by {@code args} ({@code "pk"}, path parameters).
     */
    public static <T> Spec<T> of(Class<T> model, String successUrl, String... args) {
        return new Spec<>(model, SuccessTarget.of(successUrl, args), null, null, null, null, null);
    }

    /** Deletes an object of {@code model}, then redirects to what {@code successUrl} gives for it. */
    public static <T> Spec<T> of(Class<T> model, BiFunction<Request, ? super T, String> successUrl) {
        return new Spec<>(model, null, Objects.requireNonNull(successUrl, "successUrl"), null, null, null, null);
    }

    /** The object to delete; the default looks it up by pk or slug (in the queryset) and throws Http404 when there is none. */
    public T object(Request request) {
        return spec.model.cast(spec.lookup.find(request));
    }

    @Override
    public String templateName() {
        return spec.template != null ? spec.template : ModelNames.template(request, spec.model, "_confirm_delete");
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

    @Override
    public Response post(Request request) {
        this.request = request;
        T object = object(request);
        Object pk = Db.database().sessionFactory().getPersistenceUnitUtil().getIdentifier(object);
        Map<String, Object> values = SuccessTarget.values(request, Map.of("pk", pk));
        // Before the delete: the target may be computed from the object and its relations.
        String target = spec.successFunction != null ? spec.successFunction.apply(request, object)
                : spec.success.url(request, values);
        String label = String.valueOf(object);
        Transactions.atomic(() -> Db.session().remove(object));
        if (spec.message != null) {
            Map<String, Object> said = new HashMap<>(values);
            said.put("object", label);
            Messages.success(request, spec.message.fill(said));
        }
        return Response.redirect(target);
    }

    /** As {@link #post}: deletes the object and redirects (Django's {@code DeletionMixin.delete}). */
    @Override
    public Response delete(Request request) {
        return post(request);
    }

    /** A configured delete view, usable directly in {@code path(...)}. Immutable. */
    public static final class Spec<T> implements Handler {
        final Class<T> model;
        final SuccessTarget success;
        final BiFunction<Request, ? super T, String> successFunction;
        final SuccessMessage message;
        final String slugField;
        final String template;
        final Function<Request, QuerySet<T>> queryset;
        final ObjectLookup lookup;
        private final Handler view;

        Spec(Class<T> model, SuccessTarget success, BiFunction<Request, ? super T, String> successFunction,
             SuccessMessage message, String slugField, String template, Function<Request, QuerySet<T>> queryset) {
            this.model = Objects.requireNonNull(model, "model");
            this.success = success;
            this.successFunction = successFunction;
            this.message = message;
            this.slugField = slugField;
            this.template = template;
            this.queryset = queryset;
            this.lookup = new ObjectLookup(model, slugField, queryset);
            this.view = View.asView(() -> new DeleteView<>(this));
        }

        /** Look the object up by this field, from the {@code slug} path parameter. */
        public Spec<T> slugField(String field) {
            return new Spec<>(model, success, successFunction, message, Objects.requireNonNull(field, "field"), template,
                    queryset);
        }

        public Spec<T> template(String name) {
            return new Spec<>(model, success, successFunction, message, slugField, Objects.requireNonNull(name, "name"),
                    queryset);
        }

        /** Only objects of this QuerySet may be deleted (Django's {@code get_queryset}); others are a 404. */
        public Spec<T> queryset(Function<Request, QuerySet<T>> objects) {
            return new Spec<>(model, success, successFunction, message, slugField, template,
                    Objects.requireNonNull(objects, "objects"));
        }

        /**
         * After deleting, adds this success message (needs {@code MessageMiddleware}):
         * {@code {object}} is the deleted object's {@code toString()}, {@code {pk}} its key.
         */
        public Spec<T> successMessage(String message) {
            return new Spec<>(model, success, successFunction, SuccessMessage.of(Objects.requireNonNull(message,
                    "message")), slugField, template, queryset);
        }

        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }

        @Override
        public String toString() {
            return "DeleteView of " + model.getSimpleName();
        }
    }
}
