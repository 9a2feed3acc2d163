package dev.mosaic.http.internal;

/**
 * Whether a text is an IPv4 or IPv6 address literal, checked by hand: a proxy header's value must
 * be one before it may stand for the client's address, and {@code InetAddress.getByName} would
 * look anything else up in DNS. IPv4 is the dotted quad (no leading zeros, which some parsers
 * read as octal); IPv6 is RFC 4291's text form, with {@code ::} once at most and an optional
 * IPv4 tail ({@code ::ffff:192.0.2.1}); no brackets, ports or zone ids ({@code fe80::1%eth0}).
 */
public final class IpLiteral {
    private IpLiteral() {
    }

    public static boolean isValid(String s) {
        return s != null && (isIpv4(s, 0, s.length()) || isIpv6(s));
    }

    static boolean isIpv4(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (parts < 4) {
            int start = i;
            int value = 0;
            while (i < to && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return false;
            }
            parts++;
            if (parts < 4) {
                if (i >= to || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
        }
        return i == to;
    }

    static boolean isIpv6(String s) {
        int n = s.length();
        if (n < 2 || n > 45) {
            return false;
        }
        int groups = 0;         // 16-bit groups written out (an IPv4 tail counts two)
        boolean compressed = false;
        int i = 0;
        if (s.startsWith("::")) {
            compressed = true;
            i = 2;
            if (i == n) {
                return true; // "::"
            }
        } else if (s.charAt(0) == ':') {
            return false;
        }
        while (i < n) {
            int start = i;
            while (i < n && i - start < 5 && hex(s.charAt(i))) {
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                // The IPv4 tail: the rest of the text, in the place of the last two groups.
                if (!isIpv4(s, start, n)) {
                    return false;
                }
                groups += 2;
                i = n;
                break;
            }
            int digits = i - start;
            if (digits == 0 || digits > 4) {
                return false;
            }
            groups++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (compressed) {
                    return false; // "::" twice
                }
                compressed = true;
                i++;
                if (i == n) {
                    break; // ends with "::"
                }
            } else if (i == n) {
                return false; // ends with a single ":"
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
