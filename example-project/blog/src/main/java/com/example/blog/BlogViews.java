package com.example.blog;

import dev.mosaic.contrib.auth.Auth;
import dev.mosaic.http.Handler;
import dev.mosaic.http.PermissionDenied;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.Page;
import dev.mosaic.orm.Paginator;
import dev.mosaic.orm.Q;
import dev.mosaic.orm.QuerySet;

import java.util.HashMap;
import java.util.Map;

import static dev.mosaic.orm.OrmShortcuts.getObjectOr404;
import static dev.mosaic.shortcuts.Shortcuts.render;

/** The blog's function-based views. */
final class BlogViews {
    static final int PER_PAGE = 5;

    private BlogViews() {
    }

    /** The index: published posts, newest first, five a page; {@code ?q=} searches titles and bodies. */
    static Response index(Request request) {
        String q = request.query().get("q");
        q = q == null ? "" : q.strip();
        QuerySet<Post> posts = Post.live().prefetchRelated("tags");
        if (!q.isEmpty()) {
            posts = posts.filter(Q.of("title__icontains", q).or(Q.of("body__icontains", q)));
        }
        Paginator<Post> paginator = new Paginator<>(posts, PER_PAGE);
        Page<Post> page = paginator.page(request.query().get("page"));   // a bad ?page= is a 404
        Map<String, Object> context = new HashMap<>();
        context.put("page_obj", page);
        context.put("paginator", paginator);
        context.put("q", q);
        context.put("tags", Tag.objects.orderBy("name").list());
        return render(request, "blog/index.html", context);
    }

    /** {@code /blog/post/<pk>/}: the permanent address of a post, and staff's preview of a draft. */
    static Response byId(Request request) {
        Post post = getObjectOr404(Post.objects, "pk", request.pathParam("pk"));
        if (post.isDraft()) {
            if (request.user().isAnonymous()) {
                return Auth.redirectToLogin(request);
            }
            requireStaff(request);
            return PostDetail.page(request, post, PostDetail.emptyForm(request));
        }
        return Response.redirect(request.reverse("blog:detail", post.getYear(), post.getSlug()));
    }

    /** Only logged-in staff: others go to the login page, or get a 403 when logged in. */
    static Handler staffOnly(Handler view) {
        return Auth.loginRequired(request -> {
            requireStaff(request);
            return view.handle(request);
        });
    }

    private static void requireStaff(Request request) {
        if (!request.user().isStaff()) {
            throw new PermissionDenied("Only staff may write, preview and delete posts.");
        }
    }
}
