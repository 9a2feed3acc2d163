package dev.mosaic.checks;

import dev.mosaic.server.Application;

import java.util.ArrayList;
import java.util.List;

/** Checks of the compiled URL configuration. */
final class UrlChecks {
    private UrlChecks() {
    }

    /**
     * urls.W002: a pattern that begins with "/" never matches as written, because the resolver
     * strips the leading slash of the path; inside an include it shows as a double slash.
     */
    static List<CheckMessage> routesBeginningWithSlash(Application app) {
        List<CheckMessage> found = new ArrayList<>();
        for (String route : app.urls().routes()) {
            if (route.startsWith("/") || route.startsWith("^/") || route.contains("//")) {
                found.add(CheckMessage.warning("urls.W002",
                        "Your URL pattern '" + route + "' has a route beginning with a '/'.",
                        "Remove this slash as it is unnecessary. If this pattern is targeted in an include(),"
                                + " ensure the include() pattern has a trailing '/'."));
            }
        }
        return found;
    }
}
