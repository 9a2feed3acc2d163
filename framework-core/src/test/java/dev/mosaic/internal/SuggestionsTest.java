package dev.mosaic.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SuggestionsTest {
    @Test
    void suggestsTheNearestNameForATypoOrTransposition() {
        assertEquals("DEBUG", Suggestions.closest("DEGUB", List.of("DEBUG", "SECRET_KEY")));
        assertEquals("blog", Suggestions.closest("blg", List.of("polls", "blog")));
        assertEquals(" Did you mean 'ALLOWED_HOSTS'?", Suggestions.didYouMean("ALLOWED_HOST", List.of("ALLOWED_HOSTS")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertNull(Suggestions.closest("COMPLETELY_DIFFERENT", List.of("DEBUG")));
        assertEquals("", Suggestions.didYouMean("x", List.of()));
    }
}
