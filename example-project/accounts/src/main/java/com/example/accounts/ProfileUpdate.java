package com.example.accounts;

import dev.mosaic.contrib.auth.Auth;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.forms.ModelForm;
import dev.mosaic.orm.views.UpdateView;

/**
 * {@code profile/edit/}: the generic {@link UpdateView} over the logged-in member's own
 * {@link Profile}. The object is always the requester's ({@link #object}), never one named in
 * the URL or the form, so there is no one else's profile to reach; the model form binds only
 * its four fields, so a submitted {@code user} or {@code id} is ignored. Wrapped in
 * {@code Auth.loginRequired} by {@link AccountsUrls}.
 */
final class ProfileUpdate extends UpdateView<Profile> {
    static final ModelForm<Profile> FORM = ModelForm.of(Profile.class, "displayName", "bio", "website", "location");

    private static final Spec<Profile> SPEC = UpdateView.of(FORM, "accounts:profile")
            .template("accounts/profile_form.html")
            .successMessage("Your profile is saved.");

    ProfileUpdate() {
        super(SPEC);
    }

    /** The requester's profile, made now if they have none yet. */
    @Override
    public Profile object(Request request) {
        return Profile.of(Auth.currentUser(request).orElseThrow());
    }

    /**
     * A valid form redirects; an invalid one is shown again, and answered 400 rather than
     * Django's 200, as this app's sign-up form is: the request was refused.
     */
    @Override
    public Response post(Request request) {
        Response response = super.post(request);
        return response.status() == 200 ? response.withStatus(400) : response;
    }
}
