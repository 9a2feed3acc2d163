package dev.mosaic.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The array-backed headers keep the map semantics they replaced: case-insensitive names, values in order. */
class HeadersTest {
    @Test
    void namesAreCaseInsensitiveAndValuesKeepTheirOrder() {
        Headers h = new Headers().add("Vary", "Cookie").add("X-Other", "x").add("vary", "Accept");
        assertEquals("Cookie", h.get("VARY"));
        assertEquals(List.of("Cookie", "Accept"), h.all("vary"));
        assertEquals(List.of("x"), h.all("x-other"));
        assertEquals(List.of(), h.all("Missing"));
        assertNull(h.get("Missing"));
        assertTrue(h.contains("X-OTHER"));
        assertThrows(UnsupportedOperationException.class, () -> h.all("Vary").add("more"));
    }

    @Test
    void setReplacesEveryValueAndKeepsTheFirstSpelling() {
        Headers h = new Headers().add("Vary", "Cookie").add("X-A", "a").add("VARY", "Accept");
        h.set("vary", "Origin");
        assertEquals(List.of("Origin"), h.all("Vary"));
        assertEquals(List.of("Vary", "X-A"), new ArrayList<>(h.names()));
        List<String> seen = new ArrayList<>();
        h.forEach((name, value) -> seen.add(name + "=" + value));
        assertEquals(List.of("Vary=Origin", "X-A=a"), seen);
    }

    @Test
    void setIfAbsentNeverOverridesAndRemoveTakesEveryValue() {
        Headers h = new Headers().set("X-Frame-Options", "SAMEORIGIN");
        h.setIfAbsent("x-frame-options", "DENY").setIfAbsent("Referrer-Policy", "same-origin");
        assertEquals("SAMEORIGIN", h.get("X-Frame-Options"));
        assertEquals("same-origin", h.get("referrer-policy"));
        h.add("X-Frame-Options", "DENY").remove("X-FRAME-OPTIONS");
        assertFalse(h.contains("X-Frame-Options"));
        assertEquals(List.of("same-origin"), h.all("Referrer-Policy"));
        h.remove("Referrer-Policy");
        assertTrue(h.isEmpty());
    }

    @Test
    void growsPastItsFirstArrayAndStillFindsEveryName() {
        Headers h = new Headers();
        for (int i = 0; i < 40; i++) {
            h.add("X-H" + i, "v" + i);
        }
        for (int i = 0; i < 40; i++) {
            assertEquals("v" + i, h.get("x-h" + i));
        }
        assertEquals(40, h.names().size());
    }

    @Test
    void asMapIsASortedCaseInsensitiveReadOnlyCopy() {
        Headers h = new Headers().add("b", "2").add("A", "1").add("B", "3");
        Map<String, List<String>> map = h.asMap();
        assertEquals(List.of("A", "b"), new ArrayList<>(map.keySet()));
        assertEquals(List.of("2", "3"), map.get("B"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("c", List.of()));
        assertEquals("{A=[1], b=[2, 3]}", h.toString());
    }

    @Test
    void responseHeaderValuesAreStillCheckedForInjection() {
        assertThrows(IllegalArgumentException.class, () -> new Headers().set("X-A", "a\r\nSet-Cookie: x=1"));
        assertThrows(IllegalArgumentException.class, () -> new Headers().setIfAbsent("X-A", "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> new Headers().add("", "b"));
    }

    @Test
    void requestAttributesAreFoundReplacedAndCopied() {
        Request r = Request.builder("GET", "/").build();
        for (int i = 0; i < 6; i++) {
            r.setAttribute("k" + i, i);
        }
        r.setAttribute("k2", "two");
        assertEquals("two", r.attribute("k2"));
        assertEquals(5, (int) r.<Integer>attribute("k5"));
        assertNull(r.attribute("nope"));
        assertEquals(6, r.attributes().size());
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().put("x", 1));
    }

    private static List<String> entries(Headers h) {
        List<String> out = new ArrayList<>();
        h.forEachEntry((name, value, fixed) -> out.add(name + "=" + value + (fixed == null ? "" : " (fixed)")));
        return out;
    }

    @Test
    void fixedHeadersAreCheckedOnceWhenMadeAndRememberedPerValue() {
        assertThrows(IllegalArgumentException.class, () -> FixedHeader.of("X-Evil", "a\r\nSet-Cookie: x=1"));
        assertThrows(IllegalArgumentException.class, () -> FixedHeader.of("Bad Name", "v"));
        FixedHeader nosniff = FixedHeader.of("X-Content-Type-Options", "nosniff");
        Headers h = new Headers().add("Vary", "Cookie").setIfAbsent(nosniff).add("X-A", "1");
        for (int i = 0; i < 10; i++) {
            h.add("X-Filler-" + i, "v"); // grows the arrays past their first size
        }
        h.add(FixedHeader.of("X-Late", "fixed"));
        List<String> all = entries(h);
        assertEquals("Vary=Cookie", all.get(0));
        assertEquals("X-Content-Type-Options=nosniff (fixed)", all.get(1));
        assertEquals("X-A=1", all.get(2));
        assertEquals("X-Late=fixed (fixed)", all.get(all.size() - 1));

        h.setIfAbsent(FixedHeader.of("x-content-type-options", "other")); // present: no change
        assertEquals(List.of("nosniff"), h.all("X-Content-Type-Options"));
        h.remove("Vary"); // shifts every pair: the fixed marks move with their values
        assertEquals(List.of("X-Content-Type-Options=nosniff (fixed)", "X-A=1"), entries(h).subList(0, 2));
        h.set("X-Content-Type-Options", "plain"); // a plain value replaces the fixed one
        assertEquals("X-Content-Type-Options=plain", entries(h).get(0));
        h.set(FixedHeader.of("X-A", "2"));
        assertEquals("X-A=2 (fixed)", entries(h).get(1));
        assertEquals("X-Late=fixed (fixed)", entries(h).get(entries(h).size() - 1));
    }

    @Test
    void aContainerFormIsMadeOnceAndRemadeForAnotherContainersType() {
        FixedHeader h = FixedHeader.of("Referrer-Policy", "same-origin");
        int[] made = {0};
        StringBuilder first = h.encoded(StringBuilder.class, f -> { made[0]++; return new StringBuilder(f.toString()); });
        assertTrue(first == h.encoded(StringBuilder.class, f -> { made[0]++; return new StringBuilder(); }));
        assertEquals(1, made[0]);
        assertEquals("Referrer-Policy: same-origin", h.encoded(String.class, FixedHeader::toString));
    }
}
