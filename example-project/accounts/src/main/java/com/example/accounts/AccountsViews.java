package com.example.accounts;

import dev.mosaic.contrib.auth.Auth;
import dev.mosaic.contrib.auth.User;
import dev.mosaic.contrib.auth.validation.PasswordInvalid;
import dev.mosaic.contrib.messages.Messages;
import dev.mosaic.forms.Form;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.Transactions;

import java.util.Map;

import static dev.mosaic.shortcuts.Shortcuts.render;

/** Sign-up and the member's own page: function-based views on top of contrib.auth. */
final class AccountsViews {
    private AccountsViews() {
    }

    /**
     * GET the form; POST creates the user (validators applied) and their {@link Profile} in one
     * atomic block, so that a failure leaves neither, then logs them in and shows their page.
     */
    static Response signup(Request request) {
        if (request.user().isAuthenticated()) {
            return Response.redirect(request.reverse("accounts:profile"));
        }
        if (!request.method().equals("POST")) {
            return page(request, Form.unbound(SignupForm.class, request), 200);
        }
        Form<SignupForm> form = Form.bind(SignupForm.class, request);
        if (form.isValid()) {
            SignupForm s = form.value();
            if (User.objects.filter("username__iexact", s.username()).exists()) {
                form.add("username", "A user with that username already exists.");
            } else {
                User candidate = new User(s.username(), s.email());
                try {
                    Auth.passwordValidation(request).validate(s.password1(), candidate);
                } catch (PasswordInvalid e) {
                    e.messages().forEach(m -> form.add("password2", m));
                }
            }
        }
        if (!form.isValid()) {
            return page(request, form, 400);
        }
        SignupForm s = form.value();
        User user = Transactions.atomic(() -> {
            User created = User.createUser(s.username(), s.email(), s.password1());
            Profile.objects.create(new Profile(created));
            return created;
        });
        Auth.login(request, user);
        Messages.success(request, "Welcome, " + user.username() + "! Your account is ready.");
        return Response.redirect(request.reverse("accounts:profile"));
    }

    /**
     * The logged-in member's own page: their account and their profile, made now if they have
     * none (a user from {@code createsuperuser}). Wrapped in {@code Auth.loginRequired} in {@link AccountsUrls}.
     */
    static Response profile(Request request) {
        User user = Auth.currentUser(request).orElseThrow();
        return render(request, "accounts/profile.html", Map.of("profile", Profile.of(user)));
    }

    private static Response page(Request request, Form<SignupForm> form, int status) {
        return render(request, "accounts/signup.html", Map.of("form", form,
                "password_help_texts", Auth.passwordValidation(request).helpTexts()), status);
    }
}
