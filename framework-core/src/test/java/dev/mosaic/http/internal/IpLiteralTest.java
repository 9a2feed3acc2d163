package dev.mosaic.http.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpLiteralTest {
    @Test
    void ipv4IsTheDottedQuadWithoutLeadingZeros() {
        for (String ok : List.of("0.0.0.0", "127.0.0.1", "203.0.113.7", "255.255.255.255", "10.0.0.10")) {
            assertTrue(IpLiteral.isValid(ok), ok);
        }
        for (String bad : List.of("", "1", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "01.2.3.4", "1.2.3.04",
                "1..3.4", ".1.2.3", "1.2.3.4.", "1.2.3.4 ", "1234.1.1.1", "a.b.c.d", "1.2.3.4:80")) {
            assertFalse(IpLiteral.isValid(bad), bad);
        }
    }

    @Test
    void ipv6IsRfc4291sTextForm() {
        for (String ok : List.of("::", "::1", "1::", "2001:db8::17", "2001:DB8:0:0:0:0:0:1", "1:2:3:4:5:6:7:8",
                "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "fe80::1:2", "::ffff:192.0.2.1", "64:ff9b::198.51.100.1",
                "1:2:3:4:5:6:192.0.2.1", "::192.0.2.1")) {
            assertTrue(IpLiteral.isValid(ok), ok);
        }
        for (String bad : List.of(":", ":::", "1:", ":1", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
                "12345::1", "g::1", "[::1]", "fe80::1%eth0", "::ffff:192.0.2", "::ffff:256.0.2.1",
                "1:2:3:4:5:6:7:192.0.2.1", "1:2:3:4:5:6:7:8::", "::1 ", "1.2.3.4::")) {
            assertFalse(IpLiteral.isValid(bad), bad);
        }
        assertFalse(IpLiteral.isValid(null));
    }
}
