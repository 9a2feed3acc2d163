package com.example.blog;

import dev.mosaic.contrib.messages.Messages;
import dev.mosaic.forms.Form;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.views.DetailView;

import java.time.LocalDateTime;
import java.util.Map;

import static dev.mosaic.shortcuts.Shortcuts.render;

/**
 * {@code /blog/<year>/<slug>/}: a {@link DetailView} of the published posts (a draft, another
 * year or an unknown slug is a 404) that also takes comments, as Django's DetailView with a
 * FormMixin. GET shows the post, its comments and the comment form; POST adds a comment
 * (Post/Redirect/Get) or shows the form again with its errors.
 */
public final class PostDetail extends DetailView<Post> {
    static final Spec<Post> SPEC = DetailView.of(Post.class).slugField("slug")
            .queryset(request -> Post.live().filter("published__year", request.<Integer>pathParam("year")))
            .template("blog/detail.html");

    public PostDetail() {
        super(SPEC);
    }

    @Override
    public Map<String, Object> contextData(Request request) {
        Map<String, Object> context = super.contextData(request);
        context.put("form", emptyForm(request));
        return context;
    }

    @Override
    public Response post(Request request) {
        Post post = object(request);
        Form<CommentForm> form = Form.bind(CommentForm.class, request);
        if (!form.isValid()) {
            return page(request, post, form).withStatus(400);
        }
        CommentForm c = form.value();
        post.comments.add(Comment.objects.create(new Comment(post, c.name(), c.body(), LocalDateTime.now())));
        Messages.success(request, "Thanks, " + c.name() + ": your comment is posted.");
        return Response.redirect(request.reverse("blog:detail", post.getYear(), post.getSlug()) + "#comments");
    }

    static Form<CommentForm> emptyForm(Request request) {
        return Form.unbound(CommentForm.class, request);
    }

    /** The post page with {@code form}: a bound one with its errors, or the empty one (a draft's preview). */
    static Response page(Request request, Post post, Form<CommentForm> form) {
        return render(request, "blog/detail.html", Map.of("object", post, "post", post, "form", form));
    }
}
