package com.example.accounts;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.orm.Db;
import dev.mosaic.orm.test.MosaicDbTest;
import dev.mosaic.test.Client;
import dev.mosaic.test.MosaicTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user and their profile are written together or not at all, by the sign-up view's own
 * atomic block: ATOMIC_REQUESTS is off here, so no request-wide transaction hides a half-done
 * sign-up. The database is made to refuse every profile row, as it would on a constraint or an
 * outage after the user's insert.
 */
@MosaicTest(settings = "classpath:tiny/settings.yaml", overrides = "ATOMIC_REQUESTS=false")
@MosaicDbTest
class SignupAtomicityTest {
    private static final String REFUSE = "alter table accounts_profile add constraint accounts_profile_refused check (user_id < 0)";

    private static void sql(String statement) {
        Db.session().doWork(connection -> {
            try (var s = connection.createStatement()) {
                s.execute(statement);
            }
        });
    }

    @Test
    void aSignupWhoseProfileCannotBeSavedLeavesNoUserAndNoLogin(Client client) {
        sql(REFUSE);
        try {
            int status = client.post("/accounts/signup/", Map.of("username", "ann", "email", "ann@example.com",
                    "password1", "Long-enough-pass-1", "password2", "Long-enough-pass-1")).status();
            assertEquals(500, status);
            assertFalse(User.objects.filter("username", "ann").exists(), "the user's insert was rolled back with the profile's");
            assertFalse(Profile.objects.exists());
            client.get("/accounts/profile/").assertStatus(302);                  // not logged in
        } finally {
            sql("alter table accounts_profile drop constraint accounts_profile_refused");
        }
        client.post("/accounts/signup/", Map.of("username", "ann", "email", "ann@example.com",
                "password1", "Long-enough-pass-1", "password2", "Long-enough-pass-1")).assertStatus(302);
        assertTrue(Profile.objects.filter("user__username", "ann").exists(), "the same sign-up succeeds once the database accepts it");
    }
}
