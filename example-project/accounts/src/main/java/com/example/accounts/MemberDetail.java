package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.http.Request;
import dev.mosaic.orm.views.DetailView;

import java.util.Map;

import static dev.mosaic.orm.OrmShortcuts.getObjectOr404;

/**
 * {@code u/<str:username>/}: a member's public page, the generic {@link DetailView} of
 * {@link Profile} found by the user's name. Unknown and inactive users are a 404. A member
 * who has no profile yet is shown an empty one, not saved: a visitor's GET writes nothing.
 */
final class MemberDetail extends DetailView<Profile> {
    private static final Spec<Profile> SPEC = DetailView.of(Profile.class).template("accounts/profile_detail.html");

    MemberDetail() {
        super(SPEC);
    }

    @Override
    public Profile object(Request request) {
        User user = getObjectOr404(User.objects.filter("isActive", true), "username", request.pathParam("username"));
        return Profile.objects.filter("user", user).first().orElseGet(() -> new Profile(user));
    }

    /** Adds {@code is_own}: the visitor is this member, and gets a link to edit the page. */
    @Override
    public Map<String, Object> contextData(Request request) {
        Map<String, Object> context = super.contextData(request);
        context.put("is_own", request.user().isAuthenticated()
                && request.user().username().equals(request.pathParam("username")));
        return context;
    }
}
