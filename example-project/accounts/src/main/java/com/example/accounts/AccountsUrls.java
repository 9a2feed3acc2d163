package com.example.accounts;

import dev.mosaic.contrib.auth.Auth;
import dev.mosaic.orm.views.ListView;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;

import java.util.List;

import static dev.mosaic.urls.Urls.path;

/**
 * Namespace {@code accounts}: {@code signup/}, the member's own {@code profile/} and
 * {@code profile/edit/}, the public {@code members/} and {@code u/<username>/}. Mount it next to
 * contrib.auth's {@code AuthUrls} (login, logout, password change) under the same prefix:
 *
 * <pre>{@code
 * path("accounts/", include(AuthUrls.class)),
 * path("accounts/", include(AccountsUrls.class)),
 * }</pre>
 *
 * All three kinds of view: function views ({@link AccountsViews}), a class-based generic view
 * made one's own ({@link ProfileUpdate}, {@link MemberDetail}), and a generic view configured in
 * one line (the members list).
 */
public final class AccountsUrls implements UrlConf {
    static final int MEMBERS_PER_PAGE = 20;

    @Override
    public String appName() {
        return "accounts";
    }

    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("signup/", Auth.loginNotRequired(AccountsViews::signup), "signup"),
                path("profile/", Auth.loginRequired(AccountsViews::profile), "profile"),
                path("profile/edit/", Auth.loginRequired(View.asView(ProfileUpdate::new)), "profile-edit"),
                path("members/", Auth.loginNotRequired(ListView.of(Profile.class, request -> Profile.objects
                                .filter("user__isActive", true).selectRelated("user").orderBy("user__username"))
                        .paginateBy(MEMBERS_PER_PAGE)), "members"),
                path("u/<str:username>/", Auth.loginNotRequired(View.asView(MemberDetail::new)), "member"));
    }
}
