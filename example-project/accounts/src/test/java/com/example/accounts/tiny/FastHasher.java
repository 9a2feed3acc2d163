package com.example.accounts.tiny;

import dev.mosaic.contrib.auth.hashers.PBKDF2PasswordHasher;

/** PBKDF2 with 1,000 iterations, so that each sign-up and login in the tests costs milliseconds, not a second. */
public final class FastHasher extends PBKDF2PasswordHasher {
    @Override
    public int iterations() {
        return 1000;
    }
}
