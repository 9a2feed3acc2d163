package dev.mosaic.checks;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.server.Application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The system check registry: the framework's built-in checks plus each installed app's
 * {@link AppConfig#checks()}. Findings whose id is listed in {@code SILENCED_SYSTEM_CHECKS} are
 * dropped, so a project can accept a warning on purpose.
 *
 * <pre>{@code
 * List<CheckMessage> problems = Checks.run(application, true);   // as `manage check --deploy`
 * }</pre>
 */
public final class Checks {
    private Checks() {
    }

    /** The framework's own checks, in the order they run. */
    public static List<Check> builtins() {
        List<Check> all = new ArrayList<>();
        all.add(Check.tagged(AppLabelChecks::unknownLabels, Tags.APPS));
        all.add(Check.tagged(SecurityChecks::debug, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(SecurityChecks::secretKey, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(SecurityChecks::allowedHosts, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(SecurityChecks::secretKeyFallbacks, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::securityMiddlewareInstalled, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::xframeMiddlewareInstalled, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(CsrfChecks::middleware, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::hsts, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::contentTypeNosniff, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::sslRedirect, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(SessionChecks::cookieSecure, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(SessionChecks::cookieHttpOnly, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(CsrfChecks::cookieSecure, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::xframeDeny, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(HeaderChecks::referrerPolicy, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(ProxyChecks::remoteAddrHeader, Tags.SECURITY, Tags.DEPLOY));
        all.add(Check.tagged(CsrfChecks::trustedOrigins, Tags.SECURITY));
        all.add(Check.tagged(StaticFilesChecks::dirs, Tags.STATICFILES));
        return List.copyOf(all);
    }

    /**
     * The built-ins, then the {@link CheckProvider}s' (modules on the class path), then every
     * installed app's checks in {@code INSTALLED_APPS} order.
     */
    public static List<Check> registered(Application app) {
        List<Check> all = new ArrayList<>(builtins());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (CheckProvider provider : ServiceLoader.load(CheckProvider.class,
                loader != null ? loader : Checks.class.getClassLoader())) {
            all.addAll(provider.checks());
        }
        for (AppConfig config : app.apps().all()) {
            all.addAll(config.checks());
        }
        return all;
    }

    /**
     * Runs every registered check; those tagged {@link Tags#DEPLOY} only when {@code deploy}.
     * Silenced ids are left out.
     */
    public static List<CheckMessage> run(Application app, boolean deploy) {
        return run(app, deploy, Set.of());
    }

    /** Like {@link #run(Application, boolean)}, limited to checks carrying one of {@code tags} (none: all). */
    public static List<CheckMessage> run(Application app, boolean deploy, Set<String> tags) {
        Set<String> silenced = new HashSet<>(app.settings().list("SILENCED_SYSTEM_CHECKS"));
        List<CheckMessage> found = new ArrayList<>();
        for (Check check : registered(app)) {
            Set<String> checkTags = check.tags();
            if (!deploy && checkTags.contains(Tags.DEPLOY)) {
                continue;
            }
            if (!tags.isEmpty() && Collections.disjoint(tags, checkTags)) {
                continue;
            }
            for (CheckMessage m : check.run(app)) {
                if (!silenced.contains(m.id())) {
                    found.add(m);
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every tag the registered checks carry, for {@code --list-tags} and "did you mean". */
    public static Set<String> tags(Application app) {
        Set<String> all = new java.util.TreeSet<>();
        for (Check check : registered(app)) {
            all.addAll(check.tags());
        }
        return all;
    }
}
