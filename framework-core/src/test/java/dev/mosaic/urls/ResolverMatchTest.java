package dev.mosaic.urls;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What resolve() hands the view: shared when a route has no parameters, an immutable kwargs map otherwise. */
class ResolverMatchTest {
    private static final Resolver RESOLVER = Resolver.compile(() -> List.of(
            path("<slug:slug>/edit/", Echo::view, "edit"),
            path("about/", Echo::view, "about"),
            path("<int:year>/<slug:slug>/", Echo::view, "detail"),
            path("files/<path:rest>", Echo::view, "files"),
            path("n/<int:outer>/", include(List.of(path("<int:outer>/", Echo::view, "inner"))))), Map.of(), "");

    @Test
    void aRouteWithoutParametersGivesTheSameMatchEveryTime() {
        ResolverMatch first = RESOLVER.resolve("/about/");
        assertSame(first, RESOLVER.resolve("/about/"));
        assertEquals("about", first.urlName());
        assertEquals(Map.of(), first.kwargs());
        assertEquals(List.of(), first.args());
    }

    @Test
    void aConverterTriedOnTheWayLeavesNoValueBehind() {
        // "2024" fits <slug:slug> of the earlier "edit" route, which then fails on "hello".
        ResolverMatch m = RESOLVER.resolve("/2024/hello/");
        assertEquals("detail", m.urlName());
        assertEquals(Map.of("year", 2024, "slug", "hello"), m.kwargs());
        assertEquals(Map.of("slug", "about"), RESOLVER.resolve("/about/edit/").kwargs());
    }

    @Test
    void aPathTailTakesAnyNonEmptyRestOnOneLine() {
        assertEquals(Map.of("rest", "a/b c/d.txt"), RESOLVER.resolve("/files/a/b c/d.txt").kwargs());
        assertFalse(RESOLVER.isValidPath("/files/"));
        for (String eol : new String[] {"\n", "\r", "\u0085", "\u2028", "\u2029"}) {
            assertFalse(RESOLVER.isValidPath("/files/a" + eol + "b"), "'.+' matches no line terminator");
        }
    }

    @Test
    void kwargsAreAnImmutableMapInPathOrder() {
        Map<String, Object> kwargs = RESOLVER.resolve("/2024/hello/").kwargs();
        assertEquals(Map.of("year", 2024, "slug", "hello"), kwargs);
        assertEquals(Map.of("year", 2024, "slug", "hello").hashCode(), kwargs.hashCode());
        assertEquals(List.of("year", "slug"), new ArrayList<>(kwargs.keySet()));
        assertEquals("{year=2024, slug=hello}", kwargs.toString());
        assertEquals(2024, kwargs.get("year"));
        assertTrue(kwargs.containsKey("slug"));
        assertFalse(kwargs.containsKey("missing"));
        assertNull(kwargs.get("missing"));
        assertThrows(UnsupportedOperationException.class, () -> kwargs.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> kwargs.entrySet().iterator().next().setValue(1));
    }

    @Test
    void aNameRepeatedByAnIncludedRouteTakesTheInnerValue() {
        assertEquals(Map.of("outer", 2), RESOLVER.resolve("/n/1/2/").kwargs());
    }

    @Test
    void aConverterThatChangesItsAnswerIsNamedInTheError() {
        PathConverter<String> fickle = new PathConverter<>() {
            private int calls;

            public String regex() {
                return "[a-z]+";
            }

            public String toJava(String value) {
                if (calls++ % 2 == 1) {
                    throw new IllegalArgumentException("changed my mind");
                }
                return value;
            }

            public String toUrl(String value) {
                return value;
            }
        };
        Resolver resolver = Resolver.compile(() -> List.of(path("x-<fickle:f>/", Echo::view, "fickle")),
                Map.of("fickle", fickle), "");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resolver.resolve("/x-abc/"));
        assertEquals("Route 'x-<fickle:f>/' (ROOT_URLCONF) matched when checked and not when its values were"
                + " captured: a converter gave two answers for the same text. Make PathConverter.toJava depend"
                + " only on its argument.", e.getMessage());
    }
}
