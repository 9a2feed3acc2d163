package dev.mosaic.contrib.auth;

import dev.mosaic.contrib.auth.internal.AuthConfig;
import dev.mosaic.contrib.auth.internal.LazyUser;
import dev.mosaic.contrib.auth.internal.LoginRedirect;
import dev.mosaic.contrib.auth.internal.SessionAuth;
import dev.mosaic.contrib.auth.validation.PasswordValidation;
import dev.mosaic.contrib.sessions.Session;
import dev.mosaic.http.Handler;
import dev.mosaic.http.PermissionDenied;
import dev.mosaic.http.Request;
import dev.mosaic.http.RequestUser;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.Csrf;
import dev.mosaic.server.Application;
import dev.mosaic.views.WrappedView;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Logging in and out, and guarding views: Django's {@code django.contrib.auth} functions and
 * decorators.
 *
 * <pre>{@code
 * User user = Auth.authenticate(request, username, password);   // null when wrong
 * if (user != null) { Auth.login(request, user); }
 * path("drafts/", Auth.loginRequired(BlogViews::drafts), "drafts"),
 * path("new/", Auth.permissionRequired("blog.add_post", BlogViews::create), "create"),
 * }</pre>
 */
public final class Auth {
    private record Bound(Application app, AuthConfig config) {
    }

    private static volatile Bound bound;

    private Auth() {
    }

    /** The request's user (same as {@code request.user()}): a {@link User} or the anonymous user. */
    public static RequestUser user(Request request) {
        return request.user();
    }

    /** The logged-in user, if any. */
    public static Optional<User> currentUser(Request request) {
        return request.user() instanceof User u ? Optional.of(u) : Optional.empty();
    }

    /**
     * The active user with this username and password, or null. An unknown username costs a
     * password hash as a known one does, so timing does not tell which usernames exist.
     */
    public static User authenticate(Request request, String username, String password) {
        return authenticate(config(request), username, password);
    }

    /** {@link #authenticate(Request, String, String)} outside a request (commands, jobs). */
    public static User authenticate(String username, String password) {
        return authenticate(AuthConfig.current(), username, password);
    }

    private static User authenticate(AuthConfig config, String username, String password) {
        if (username == null || password == null) {
            return null;
        }
        User user = User.objects.filter("username", username).first().orElse(null);
        if (user == null) {
            config.hashers().make(password);  // the dummy: as slow as checking a real hash
            return null;
        }
        return user.checkPassword(password) && user.isActive ? user : null;
    }

    /**
     * Logs {@code user} in on this request's session, as Django's {@code login()}: the session
     * gets a new key (or is emptied when another user was logged in), the CSRF secret is
     * rotated, {@code lastLogin} is stored, and the session remembers a hash of the password so
     * that a password change logs out other sessions.
     */
    public static void login(Request request, User user) {
        Objects.requireNonNull(user, "user");
        AuthConfig config = config(request);
        Session session = request.session();
        String id = String.valueOf(user.id);
        String hash = SessionAuth.hash(user, config.secretKeys().get(0));
        if (session.contains(SessionAuth.USER_ID)) {
            if (!id.equals(session.getString(SessionAuth.USER_ID))
                    || !SessionAuth.matches(session.getString(SessionAuth.HASH), user, config)) {
                session.flush();
            } else {
                session.cycleKey();
            }
        } else {
            session.cycleKey();
        }
        session.put(SessionAuth.USER_ID, id);
        session.put(SessionAuth.BACKEND, SessionAuth.BACKEND_NAME);
        session.put(SessionAuth.HASH, hash);
        Csrf.rotate(request);
        user.lastLogin = Instant.now();
        User.objects.filter("id", user.id).update("lastLogin", user.lastLogin);
        if (request.attribute(RequestUser.ATTRIBUTE) instanceof LazyUser lazy) {
            lazy.set(user);
        }
    }

    /** Logs out: the session is flushed (data removed, cookie deleted), the user becomes anonymous. */
    public static void logout(Request request) {
        request.session().flush();
        if (request.attribute(RequestUser.ATTRIBUTE) instanceof LazyUser lazy) {
            lazy.set(AnonymousUser.INSTANCE);
        }
    }

    /**
     * After the user changed their own password: keeps this session logged in (its stored hash
     * follows the new password) while every other session of the user is logged out.
     */
    public static void updateSessionAuthHash(Request request, User user) {
        Session session = request.session();
        session.cycleKey();
        if (String.valueOf(user.id).equals(session.getString(SessionAuth.USER_ID))) {
            session.put(SessionAuth.HASH, SessionAuth.hash(user, config(request).secretKeys().get(0)));
        }
    }

    /** AUTH_PASSWORD_VALIDATORS of the request's project. */
    public static PasswordValidation passwordValidation(Request request) {
        return config(request).validation();
    }

    /**
     * The view, for logged-in users only; others are redirected to {@code LOGIN_URL} with
     * {@code ?next=} the page they asked for (Django's {@code login_required}).
     */
    public static Handler loginRequired(Handler view) {
        return new LoginRequired(Objects.requireNonNull(view, "view"));
    }

    /**
     * The view, for users holding {@code permission} ({@code "blog.add_post"}): an anonymous
     * visitor is sent to log in, a logged-in user without it gets 403.
     */
    public static Handler permissionRequired(String permission, Handler view) {
        return new PermissionRequired(Objects.requireNonNull(permission, "permission"), Objects.requireNonNull(view, "view"));
    }

    /** Marks a view as open to everyone under {@link LoginRequiredMiddleware}; wrap outermost. */
    public static Handler loginNotRequired(Handler view) {
        return new LoginNotRequired(Objects.requireNonNull(view, "view"));
    }

    /** True for a view wrapped by {@link #loginNotRequired}. */
    public static boolean isLoginNotRequired(Handler view) {
        return view instanceof LoginNotRequired;
    }

    /** A redirect to {@code LOGIN_URL?next=<this page>} (Django's {@code redirect_to_login}). */
    public static Response redirectToLogin(Request request) {
        return LoginRedirect.to(request, config(request).loginUrl());
    }

    static AuthConfig config(Request request) {
        AuthConfig c = request.attribute(AuthenticationMiddleware.CONFIG);
        return c != null ? c : config(request.app());
    }

    static AuthConfig config(Application app) {
        Bound b = bound;
        if (b == null || b.app() != app) {
            AuthConfig c = app.apps().extension(AuthConfig.class).orElseThrow(() -> new IllegalStateException(
                    "The auth app is not installed. Fix: add dev.mosaic.contrib.auth.AuthApp to INSTALLED_APPS."));
            b = new Bound(app, c);
            bound = b;
        }
        return b.config();
    }

    private record LoginNotRequired(Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }
    }

    private record LoginRequired(Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            return request.user().isAuthenticated() ? view.handle(request) : redirectToLogin(request);
        }
    }

    private record PermissionRequired(String permission, Handler view) implements WrappedView {
        @Override
        public Response handle(Request request) throws Exception {
            RequestUser user = request.user();
            if (user.hasPerm(permission)) {
                return view.handle(request);
            }
            if (!user.isAuthenticated()) {
                return redirectToLogin(request);
            }
            throw new PermissionDenied("You do not have the permission " + permission + ".");
        }
    }
}
