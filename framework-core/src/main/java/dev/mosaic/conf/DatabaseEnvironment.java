package dev.mosaic.conf;

import dev.mosaic.internal.DatabaseUrl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conventional variables {@code DATABASE_URL} (dj-database-url's and the hosting platforms'
 * {@code postgres://user:password@host:5432/name}, or a JDBC URL), {@code DATABASE_USER} and
 * {@code DATABASE_PASSWORD}, as a settings layer for {@code DATABASES.default}: over the files,
 * under the {@code MOSAIC_*} variables. Keys they do not give stay as the files say.
 */
final class DatabaseEnvironment {
    static final String URL = "DATABASE_URL";
    static final String USER = "DATABASE_USER";
    static final String PASSWORD = "DATABASE_PASSWORD";

    private DatabaseEnvironment() {
    }

    /** The variables that are set, in the order they are read (for the layer's origin); empty when none. */
    static List<String> present(Map<String, String> env) {
        List<String> names = new ArrayList<>(3);
        String url = env.get(URL);
        if (url != null && !url.isBlank()) {
            names.add(URL);
        }
        for (String name : List.of(USER, PASSWORD)) {
            if (env.get(name) != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * {@code {DATABASES: {default: {URL, USER, PASSWORD}}}} with what the variables give.
     *
     * @throws ImproperlyConfigured naming the variable and the fix when DATABASE_URL is malformed,
     *         or when it and DATABASE_USER / DATABASE_PASSWORD both give the user or the password
     */
    static Map<String, Object> layer(Map<String, String> env) {
        Map<String, Object> database = new LinkedHashMap<>();
        String text = env.get(URL);
        String user = env.get(USER);
        String password = env.get(PASSWORD);
        if (text != null && !text.isBlank()) {
            DatabaseUrl url;
            try {
                url = DatabaseUrl.parse(text);
            } catch (IllegalArgumentException e) {
                throw new ImproperlyConfigured("The environment variable " + URL + " is not a database URL that Mosaic"
                        + " can use: " + e.getMessage() + " Fix: correct " + URL + ", or unset it and configure"
                        + " DATABASES.default in the settings.");
            }
            database.put("URL", url.jdbcUrl());
            user = oneOf(url.user(), user, "a user", USER);
            password = oneOf(url.password(), password, "a password", PASSWORD);
        }
        if (user != null) {
            database.put("USER", user);
        }
        if (password != null) {
            database.put("PASSWORD", password);
        }
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("DATABASES", Map.of("default", database));
        return layer;
    }

    private static String oneOf(String fromUrl, String fromVariable, String what, String variable) {
        if (fromUrl != null && fromVariable != null) {
            throw new ImproperlyConfigured("The environment variable " + URL + " has " + what + " and " + variable
                    + " is set too. Fix: give it in one place: take it out of " + URL + " (" + URL
                    + "=postgres://host:5432/name) or unset " + variable + ".");
        }
        return fromUrl != null ? fromUrl : fromVariable;
    }
}
