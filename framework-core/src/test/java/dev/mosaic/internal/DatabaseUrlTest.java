package dev.mosaic.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {
    private static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url);
    }

    @Test
    void postgresFormsBecomeThePostgresqlJdbcUrl() {
        assertEquals(new DatabaseUrl("jdbc:postgresql://db:5432/site", "site", "pw"), parse("postgres://site:pw@db:5432/site"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db/site", "site", null), parse("postgresql://site@db/site"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db/site", null, null), parse("pgsql://db/site"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db/site?sslmode=verify-full&connectTimeout=5", "u", ""),
                parse("POSTGRES://u:@db/site?sslmode=verify-full&connectTimeout=5"), "an empty password is a password");
        assertEquals(new DatabaseUrl("jdbc:postgresql://[::1]:5432/site", "u", null), parse("postgres://u@[::1]:5432/site"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://h1:5432,h2:5433/site", null, null),
                parse("postgres://h1:5432,h2:5433/site"));
        assertEquals("jdbc:postgresql://db:5432/site", parse("  postgres://db:5432/site\n").jdbcUrl());
    }

    @Test
    void mysqlAndMariadbAndTheJdbcAndH2FormsAsTheyAre() {
        assertEquals(new DatabaseUrl("jdbc:mysql://127.0.0.1:3306/site", "root", "x"), parse("mysql://root:x@127.0.0.1:3306/site"));
        assertEquals(new DatabaseUrl("jdbc:mariadb://127.0.0.1/site", "root", null), parse("mariadb://root@127.0.0.1/site"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db/site?user=a&password=b", null, null),
                parse("jdbc:postgresql://db/site?user=a&password=b"));
        assertEquals(new DatabaseUrl("jdbc:h2:file:./var/db", null, null), parse("h2:file:./var/db"));
        assertEquals(new DatabaseUrl("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1", null, null), parse("h2:mem:t;DB_CLOSE_DELAY=-1"));
        assertTrue(DatabaseUrl.needsParsing("postgres://db/site"));
        assertFalse(DatabaseUrl.needsParsing("jdbc:h2:mem:x"));
    }

    @Test
    void userAndPasswordArePercentDecodedAsUtf8() {
        DatabaseUrl url = parse("postgres://s%C3%A9b:%40%3A%2F%3F%23%25%20+%E2%82%AC@db/site");
        assertEquals("séb", url.user());
        assertEquals("@:/?#% +€", url.password());
        assertEquals("p@ss", parse("postgres://u:p@ss@db/site").password(), "the host follows the last '@'");
        assertEquals("ü", parse("postgres://u:ü@db/site").password(), "unencoded non-ASCII is kept");
    }

    @Test
    void malformedUrlsSayWhatIsWrongAndNeverShowThePassword() {
        for (String[] c : List.of(
                new String[] {"db.example.com/site", "it is not a database URL."},
                new String[] {"sqlite:///tmp/db", "its scheme 'sqlite' is not one Mosaic knows."},
                new String[] {"postgres://u:pw@db", "it names no database after the host."},
                new String[] {"postgres://u:pw@db/", "it names no database after the host."},
                new String[] {"postgres://u:pw@/site", "it names no host"},
                new String[] {"postgres:///site", "it names no host"},
                new String[] {"postgres://u:p#w@db/site", "it contains '#'"},
                new String[] {"postgres://u:pw@db:54x/site", "its port is not a number from 1 to 65535"},
                new String[] {"postgres://u:pw@db:70000/site", "its port is not a number from 1 to 65535"},
                new String[] {"postgres://u:pw@[::1/site", "its host is not a bracketed IPv6 address"},
                new String[] {"postgres://u:pw@::1/site", "its host is not a host name or address"},
                new String[] {"postgres://u:p%zzw@db/site", "its password has a '%' that is not followed by two hex"
                        + " digits: a % in the password must be written %25."},
                new String[] {"postgres://u:%FF@db/site", "its password percent-decodes to bytes that are not UTF-8."})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(c[0]), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), c[0] + " -> " + e.getMessage());
            assertFalse(e.getMessage().contains("pw") || e.getMessage().contains("p#w") || e.getMessage().contains("zz"),
                    e.getMessage());
        }
    }

    @Test
    void toStringLeavesThePasswordOut() {
        assertEquals("jdbc:postgresql://db/site (user site)", parse("postgres://site:hunter2@db/site").toString());
    }
}
