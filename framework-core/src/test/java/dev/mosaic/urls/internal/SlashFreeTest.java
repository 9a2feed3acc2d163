package dev.mosaic.urls.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlashFreeTest {
    @Test
    void regexesThatCannotMatchASlashStayInOneSegment() {
        for (String re : new String[] {"[0-9]{4}", "[^/]+", "[a-z0-9-]+", "\\d+\\.\\d+", "(?i)[a-f]+", "\\w+"}) {
            assertTrue(SlashFree.regexCannotMatchSlash(re), re);
        }
    }

    @Test
    void regexesThatMayMatchASlashBecomeTails() {
        for (String re : new String[] {".+", "[^a]+", "a/b", "[!-9]+", "\\S+", "\\W", "[\\x2f]", "\\p{Punct}", "[a[/]]"}) {
            assertFalse(SlashFree.regexCannotMatchSlash(re), re);
        }
    }
}
