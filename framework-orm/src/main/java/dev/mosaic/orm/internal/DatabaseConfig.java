package dev.mosaic.orm.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import dev.mosaic.internal.DatabaseUrl;
import dev.mosaic.internal.Suggestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alias of {@code DATABASES}, read and checked once at start-up. Every mistake names the
 * key ({@code DATABASES.default.OPTIONS.MAX_POOL_SIZE}), where it came from and the fix.
 */
public record DatabaseConfig(String alias, String url, String user, String password, int maxPoolSize, int minIdle,
                             long connectionTimeoutMs, long idleTimeoutMs, long maxLifetimeMs,
                             Map<String, Object> hibernate) {

    /** Where a project without DATABASES keeps its data: an H2 file under the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./var/db";

    static final List<String> KEYS = List.of("URL", "USER", "PASSWORD", "OPTIONS", "HIBERNATE", "TEST");
    static final List<String> TEST_KEYS = List.of("URL", "USER", "PASSWORD");
    static final List<String> OPTIONS = List.of("MAX_POOL_SIZE", "MIN_IDLE", "CONNECTION_TIMEOUT", "IDLE_TIMEOUT",
            "MAX_LIFETIME");

    /** Every alias of {@code DATABASES}; without any, {@code default} on {@link #DEFAULT_URL}. */
    public static List<DatabaseConfig> all(Settings settings) {
        Map<String, Object> databases = settings.databases();
        String origin = settings.origin("DATABASES");
        if (databases.isEmpty()) {
            return List.of(read("default", Map.of("URL", DEFAULT_URL), origin));
        }
        if (!databases.containsKey("default")) {
            throw new ImproperlyConfigured("DATABASES (from " + origin + ") has no 'default' alias, only "
                    + databases.keySet() + ". Fix: name the main database 'default', e.g."
                    + " DATABASES: {default: {URL: 'jdbc:h2:file:./var/db'}}.");
        }
        return databases.entrySet().stream().map(e -> {
            if (!(e.getValue() instanceof Map<?, ?> m)) {
                throw new ImproperlyConfigured("DATABASES." + e.getKey() + " (from " + origin + ") must be a mapping"
                        + " with URL, USER, PASSWORD, OPTIONS. Fix: write " + e.getKey()
                        + ": {URL: 'jdbc:postgresql://host/db', USER: site, PASSWORD: '${DB_PASSWORD}'}.");
            }
            return read(e.getKey(), m, origin);
        }).toList();
    }

    static DatabaseConfig read(String alias, Map<?, ?> raw, String origin) {
        String where = "DATABASES." + alias;
        for (Object key : raw.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new ImproperlyConfigured(where + "." + key + " (from " + origin + ") is not a database setting."
                        + Suggestions.didYouMean(String.valueOf(key), KEYS) + " Fix: use only " + String.join(", ", KEYS)
                        + ".");
            }
        }
        Object url = raw.get("URL");
        String user = text(raw.get("USER"));
        String password = text(raw.get("PASSWORD"));
        if (url == null || url.toString().isBlank()) {
            throw new ImproperlyConfigured(where + ".URL (from " + origin + ") is missing. Fix: set it, e.g."
                    + " URL: 'jdbc:h2:file:./var/db' or URL: 'postgres://site@127.0.0.1:5432/site' (or set DATABASE_URL).");
        }
        String jdbcUrl = url.toString().strip();
        if (DatabaseUrl.needsParsing(jdbcUrl)) {
            // postgres://user:password@host/name, as DATABASE_URL takes it, written in a file or substituted into one.
            DatabaseUrl parsed;
            try {
                parsed = DatabaseUrl.parse(jdbcUrl);
            } catch (IllegalArgumentException e) {
                throw new ImproperlyConfigured(where + ".URL (from " + origin + ") must be a JDBC URL or a database URL,"
                        + " and " + e.getMessage() + " Fix: correct it, e.g. URL: 'jdbc:h2:file:./var/db' or URL:"
                        + " 'jdbc:postgresql://127.0.0.1:5432/site'.");
            }
            jdbcUrl = parsed.jdbcUrl();
            if (parsed.user() != null && user != null || parsed.password() != null && password != null) {
                throw new ImproperlyConfigured(where + ".URL (from " + origin + ") has a "
                        + (parsed.password() != null && password != null ? "password" : "user") + " and " + where + " gives"
                        + " one too. Fix: give the user and password in one place, the URL or USER and PASSWORD.");
            }
            user = parsed.user() != null ? parsed.user() : user;
            password = parsed.password() != null ? parsed.password() : password;
        }
        Map<?, ?> options = mapping(raw.get("OPTIONS"), where + ".OPTIONS", origin);
        for (Object key : options.keySet()) {
            if (!OPTIONS.contains(String.valueOf(key))) {
                throw new ImproperlyConfigured(where + ".OPTIONS." + key + " (from " + origin + ") is not a pool option."
                        + Suggestions.didYouMean(String.valueOf(key), OPTIONS) + " Fix: use only "
                        + String.join(", ", OPTIONS) + ".");
            }
        }
        int max = (int) number(options, "MAX_POOL_SIZE", 10, 1, where, origin);
        int minIdle = (int) number(options, "MIN_IDLE", Math.min(2, max), 0, where, origin);
        if (minIdle > max) {
            throw new ImproperlyConfigured(where + ".OPTIONS.MIN_IDLE (" + minIdle + ", from " + origin + ") is larger"
                    + " than MAX_POOL_SIZE (" + max + "). Fix: make MIN_IDLE at most MAX_POOL_SIZE.");
        }
        long timeout = number(options, "CONNECTION_TIMEOUT", 5000, 250, where, origin);
        long idle = number(options, "IDLE_TIMEOUT", 600_000, 0, where, origin);
        long lifetime = number(options, "MAX_LIFETIME", 1_800_000, 0, where, origin);
        Map<String, Object> hibernate = new LinkedHashMap<>();
        mapping(raw.get("HIBERNATE"), where + ".HIBERNATE", origin).forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!key.startsWith("hibernate.") && !key.startsWith("jakarta.persistence.")) {
                throw new ImproperlyConfigured(where + ".HIBERNATE." + key + " (from " + origin + ") is not a Hibernate"
                        + " property. Fix: use the full name, e.g. hibernate.hbm2ddl.auto.");
            }
            if (isSchemaGeneration(key) && !"none".equals(String.valueOf(v))) {
                throw new ImproperlyConfigured(where + ".HIBERNATE." + key + " (from " + origin + ") would let Hibernate"
                        + " create or change the schema. Mosaic's schema comes from migrations only. Fix: remove it and"
                        + " run `manage makemigrations` then `manage migrate`; tests get their schema from @MosaicDbTest.");
            }
            hibernate.put(key, v);
        });
        for (Object key : mapping(raw.get("TEST"), where + ".TEST", origin).keySet()) {
            if (!TEST_KEYS.contains(String.valueOf(key))) {
                throw new ImproperlyConfigured(where + ".TEST." + key + " (from " + origin + ") is not a test database"
                        + " setting." + Suggestions.didYouMean(String.valueOf(key), TEST_KEYS) + " Fix: use only "
                        + String.join(", ", TEST_KEYS) + ".");
            }
        }
        return new DatabaseConfig(alias, jdbcUrl, user, password, max, minIdle,
                timeout, idle, lifetime, Map.copyOf(hibernate));
    }

    /** True for the Hibernate properties that create or change the schema (hbm2ddl and JPA's equivalents). */
    public static boolean isSchemaGeneration(String key) {
        return key.startsWith("hibernate.hbm2ddl.") || key.startsWith("jakarta.persistence.schema-generation.")
                || key.startsWith("javax.persistence.schema-generation.");
    }

    private static Map<?, ?> mapping(Object value, String where, String origin) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new ImproperlyConfigured(where + " (from " + origin + ") must be a mapping, not '" + value + "'."
                + " Fix: write it as {KEY: value}.");
    }

    private static long number(Map<?, ?> options, String key, long defaultValue, long min, String where,
                               String origin) {
        Object v = options.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Number n) || n.longValue() < min || n.doubleValue() != n.longValue()) {
            throw new ImproperlyConfigured(where + ".OPTIONS." + key + " (from " + origin + ") must be a whole number"
                    + " of at least " + min + ", not '" + v + "'. Fix: correct it or remove it for the default ("
                    + defaultValue + ").");
        }
        return n.longValue();
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    @Override
    public String toString() {
        // Never the password: this ends up in logs and error pages.
        return "DATABASES." + alias + " (" + url + ")";
    }
}
