package com.example.polls.tiny;

import dev.mosaic.contrib.auth.hashers.PBKDF2PasswordHasher;

/** PBKDF2 with 1,000 iterations: the tiny project's users are test users, logged in many times. */
public final class QuickHasher extends PBKDF2PasswordHasher {
    @Override
    public int iterations() {
        return 1000;
    }
}
