package dev.mosaic.urls;

import dev.mosaic.conf.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every URL configuration mistake fails Resolver.compile with a message naming the route, its conf and the fix. */
class StartupErrorsTest {
    /** A conf with a stable class name for the messages. */
    static final class Conf implements UrlConf {
        private final List<UrlPattern> patterns;
        private final String appName;

        Conf(String appName, UrlPattern... patterns) {
            this.appName = appName;
            this.patterns = List.of(patterns);
        }

        Conf(UrlPattern... patterns) {
            this(null, patterns);
        }

        public List<UrlPattern> patterns() {
            return patterns;
        }

        public String appName() {
            return appName;
        }
    }

    private static final String CONF = Conf.class.getName();

    private static String error(UrlPattern... patterns) {
        return assertThrows(ImproperlyConfigured.class, () -> Echo.compile(new Conf(patterns))).getMessage();
    }

    @Test
    void duplicateNameInOneNamespace() {
        assertEquals("URL name 'detail' is used twice in namespace 'blog': by route 'blog/<int:id>/' (" + CONF
                        + ") and by route 'blog/<slug:s>/' (" + CONF + "). Give each route its own name; reverse()"
                        + " needs one route per name in a namespace.",
                error(path("blog/", include(new Conf("blog", path("<int:id>/", Echo::view, "detail"),
                        path("<slug:s>/", Echo::view, "detail"))))));
    }

    @Test
    void sameNameInDifferentNamespacesIsFine() {
        Echo.compile(new Conf(path("a/", include(new Conf("a", path("", Echo::view, "index")))),
                path("", Echo::view, "index")));
    }

    @Test
    void duplicateInstanceNamespace() {
        Conf blog = new Conf("blog", path("", Echo::view, "index"));
        assertEquals("URL namespace 'blog' is registered twice: by the include at 'blog/' in " + CONF + " and by the"
                        + " include at 'news/' in " + CONF + ". Give one include its own instance namespace, e.g."
                        + " include(Urls.class, \"blog2\").",
                error(path("blog/", include(blog)), path("news/", include(blog))));
    }

    @Test
    void unknownConverterWithSuggestion() {
        assertEquals("URL route 'blog/<itn:year>/' in " + CONF + " uses unknown converter 'itn'. Did you mean 'int'?"
                        + " Known converters: int, path, slug, str, uuid. Register your own in AppConfig.converters()"
                        + " or UrlConf.converters().",
                error(path("blog/<itn:year>/", Echo::view)));
    }

    @Test
    void malformedParameters() {
        assertEquals("URL route 'a/<>/' in " + CONF + " has a parameter with no name: <>. Write <converter:name>,"
                + " e.g. <int:year>.", error(path("a/<>/", Echo::view)));
        assertEquals("URL route 'a/<int:>/' in " + CONF + " has a parameter with no name: <int:>. Write"
                + " <converter:name>, e.g. <int:year>.", error(path("a/<int:>/", Echo::view)));
        assertEquals("URL route 'a/<int:year/' in " + CONF + " has an unclosed '<' at index 2. Close the parameter:"
                + " <converter:name>, e.g. <int:year>.", error(path("a/<int:year/", Echo::view)));
        assertEquals("URL route 'a/<int:2x>/' in " + CONF + " has a parameter name '2x' that is not an identifier."
                + " Use letters, digits and underscores, not starting with a digit.", error(path("a/<int:2x>/", Echo::view)));
        assertEquals("URL route '<int:id>/<slug:id>/' in " + CONF + " uses the parameter name 'id' twice. Give each"
                + " parameter its own name.", error(path("<int:id>/<slug:id>/", Echo::view)));
    }

    @Test
    void invalidRegexCarriesTheJavaDescription() {
        assertEquals("URL regex '^a/(?P<year>[0-9]{4}/$' in " + CONF + " is not a valid regular expression:"
                + " Unclosed group. Fix the regex.", error(rePath("^a/(?P<year>[0-9]{4}/$", Echo::view)));
        assertEquals("URL regex '^a/[0-9/$' in " + CONF + " is not a valid regular expression: Unclosed character"
                + " class near index 7. Fix the regex.", error(rePath("^a/[0-9/$", Echo::view)));
        assertEquals("URL regex '^(?P<a>x)(?P<a>y)$' in " + CONF + " uses the group name 'a' twice. Give each group"
                + " its own name.", error(rePath("^(?P<a>x)(?P<a>y)$", Echo::view)));
    }

    @Test
    void pathRouteThatLooksLikeARegexOrStartsWithSlash() {
        assertEquals("URL route '/about/' in " + CONF + " starts with '/'. Routes have no leading slash: write"
                + " path(\"about/\", ...).", error(path("/about/", Echo::view)));
        assertEquals("URL route '^about/' in " + CONF + " contains '^', but path() routes are not regular"
                + " expressions. Use rePath(\"^about/\", ...) for a regular expression, or drop the '^'.",
                error(path("^about/", Echo::view)));
        assertEquals("URL route 'about/$' in " + CONF + " contains '$', but path() routes are not regular"
                + " expressions. Use rePath(\"about/$\", ...) for a regular expression, or drop the '$'.",
                error(path("about/$", Echo::view)));
        assertEquals("URL route 'a/(?P<x>[0-9]+)/' in " + CONF + " contains '(?P<', but path() routes are not"
                + " regular expressions. Use rePath(\"a/(?P<x>[0-9]+)/\", ...) for a regular expression, or drop"
                + " the '(?P<'.", error(path("a/(?P<x>[0-9]+)/", Echo::view)));
    }

    @Test
    void nameWithAColon() {
        assertEquals("URL name 'a:b' of route 'x/' in " + CONF + " contains ':', which separates namespaces in"
                + " reverse(). Use another character, e.g. '-'.", error(path("x/", Echo::view, "a:b")));
    }

    @Test
    void errorsInIncludedConfsNameTheIncludedConf() {
        String message = assertThrows(ImproperlyConfigured.class, () -> Echo.compile(new Conf(
                path("x/", include(NamespaceRoutingTest.BlogUrls.class)), path("y/", include(new Conf(
                        path("<bad:b>/", Echo::view))))))).getMessage();
        assertEquals("URL route '<bad:b>/' in " + CONF + " uses unknown converter 'bad'. Known converters: int,"
                + " path, slug, str, uuid. Register your own in AppConfig.converters() or UrlConf.converters().", message);
    }
}
