package com.example.blog;

import dev.mosaic.contrib.auth.Auth;
import dev.mosaic.orm.forms.ModelForm;
import dev.mosaic.orm.views.CreateView;
import dev.mosaic.orm.views.DeleteView;
import dev.mosaic.orm.views.ListView;
import dev.mosaic.orm.views.UpdateView;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.urls.Urls.path;

/**
 * The blog's URLs, namespace {@code blog}:
 * {@code path("blog/", include(BlogUrls.class))} gives {@code /blog/}, {@code /blog/2024/hello/},
 * {@code /blog/tag/java/}, {@code /blog/new/}, {@code /blog/post/<pk>/edit/} and
 * {@code /blog/post/<pk>/delete/}; staff delete comments at {@code /blog/comment/<pk>/delete/}.
 */
public final class BlogUrls implements UrlConf {
    /** The fields staff edit; the author is the one who writes it, set in {@code beforeSave}. */
    static final ModelForm<Post> POST_FORM = ModelForm.of(Post.class, "title", "slug", "body", "published");

    @Override
    public String appName() {
        return "blog";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("", BlogViews::index, "index"),
                path("<int:year>/<slug:slug>/", PostDetail::new, "detail"),
                path("tag/<slug:slug>/", ListView.of(Post.class,
                                request -> Post.live().filter("tags__slug", request.pathParam("slug")))
                        .template("blog/tag.html").paginateBy(BlogViews.PER_PAGE), "tag"),
                path("post/<int:pk>/", BlogViews::byId, "by-id"),
                path("new/", BlogViews.staffOnly(CreateView.of(POST_FORM, "blog:by-id", "pk")
                        .beforeSave((request, post) -> post.author = Auth.currentUser(request).orElseThrow())
                        .successMessage("\"{title}\" is saved.")), "create"),
                path("post/<int:pk>/edit/", BlogViews.staffOnly(UpdateView.of(POST_FORM, "blog:by-id", "pk")
                        .successMessage("\"{title}\" is saved.")), "edit"),
                path("post/<int:pk>/delete/", BlogViews.staffOnly(DeleteView.of(Post.class, "blog:index")
                        .successMessage("\"{object}\" is deleted.")), "delete"),
                // Staff moderate comments; back to the post's comments afterwards.
                path("comment/<int:pk>/delete/", BlogViews.staffOnly(DeleteView.of(Comment.class,
                                (request, comment) -> request.reverse("blog:by-id", comment.getPost().getId()) + "#comments")
                        .successMessage("The comment by {object} is deleted.")), "delete-comment"));
    }
}
