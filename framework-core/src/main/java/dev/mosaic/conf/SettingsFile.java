package dev.mosaic.conf;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A settings file: a path or {@code classpath:name}, read as a YAML mapping. */
record SettingsFile(String location) {
    static final String CLASSPATH = "classpath:";
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** {@code settings.yaml} -> {@code settings.prod.yaml}, in the same directory or classpath package. */
    SettingsFile sibling(String profile) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        int dot = location.lastIndexOf('.');
        if (dot > slash && dot > location.indexOf(':')) {
            return new SettingsFile(location.substring(0, dot) + "." + profile + location.substring(dot));
        }
        return new SettingsFile(location + "." + profile);
    }

    /** The file's mapping, or null when the file does not exist. */
    Map<String, Object> readIfPresent(ClassLoader loader) {
        try (InputStream in = open(loader)) {
            if (in == null) {
                return null;
            }
            return parse(in);
        } catch (IOException e) {
            throw new ImproperlyConfigured("Could not read " + location + ": " + e.getMessage()
                    + ". Fix: check that the file is readable.", e);
        }
    }

    private InputStream open(ClassLoader loader) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String name = location.substring(CLASSPATH.length());
            return loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name);
        }
        try {
            return Files.newInputStream(Path.of(location));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(InputStream in) {
        Object tree;
        try {
            tree = YAML.readValue(in, Object.class);
        } catch (JacksonException e) {
            throw malformed(e);
        }
        if (tree == null) {
            return new LinkedHashMap<>();
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new ImproperlyConfigured(location + " must be a mapping of setting names to values, not "
                    + Settings.describe(tree) + ". Fix: write one setting per line, e.g. DEBUG: true.");
        }
        return (Map<String, Object>) map;
    }

    private ImproperlyConfigured malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String problem = problem(e.getOriginalMessage());
        String fix = problem.startsWith("Duplicate") ? "keep one line per setting; a later layer (a profile file,"
                + " the environment) is the place for a different value"
                : "correct the YAML there; a missing ':' or space after it, a tab for indentation or an unclosed"
                + " bracket or quote are the usual causes";
        return new ImproperlyConfigured("Malformed YAML in " + location + where + ": " + problem + ". Fix: " + fix
                + ".", e);
    }

    /** The YAML parser's own lines, without its indented excerpts and positions. */
    private static String problem(String message) {
        if (message == null) {
            return "unreadable";
        }
        StringBuilder b = new StringBuilder();
        message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("in "))
                .forEach(l -> b.append(b.length() == 0 ? "" : "; ").append(l.strip()));
        return b.length() == 0 ? message.strip() : b.toString();
    }
}
