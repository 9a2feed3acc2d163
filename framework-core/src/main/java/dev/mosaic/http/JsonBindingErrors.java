package dev.mosaic.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * Turns Jackson's exceptions into messages for the client: what was wrong, the field, line and
 * column, in JSON's words ("a number", "an array"). Java class names and Jackson's internals
 * stay out, since the client did not write Java.
 */
final class JsonBindingErrors {
    private JsonBindingErrors() {
    }

    static RuntimeException toBadRequest(JacksonException e, Class<?> root) {
        if (e instanceof InvalidDefinitionException) {
            // The target type cannot be bound at all: the developer's bug, not the client's, so a 500.
            return new IllegalStateException("Cannot bind JSON to " + root.getName() + ": " + e.getOriginalMessage(), e);
        }
        if (e instanceof StreamConstraintsException) {
            return new BadRequest("JSON is nested deeper than " + Json.MAX_DEPTH + " levels" + at(e.getLocation()) + ".");
        }
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return new BadRequest("Unknown field '" + field + "'" + at(e.getLocation()) + ".");
        }
        if (e instanceof MismatchedInputException m) {
            String expected = expected(m.getTargetType());
            return new BadRequest("Wrong type for " + (field.isEmpty() ? "the JSON value" : "'" + field + "'")
                    + at(e.getLocation()) + (expected == null ? "" : ": expected " + expected) + ".");
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            String why = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? ": " + cause.getMessage() : "";
            return new BadRequest("Invalid value for " + (field.isEmpty() ? "the JSON value" : "'" + field + "'")
                    + at(e.getLocation()) + why + ".");
        }
        if (e instanceof StreamReadException) {
            return new BadRequest("Malformed JSON" + at(e.getLocation()) + ": " + reason(e.getOriginalMessage()) + ".");
        }
        return new BadRequest("The JSON does not have the expected shape" + at(e.getLocation()) + ".");
    }

    /** " at line 3, column 7", or "" when Jackson knows no position. */
    static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of the failing value: {@code items[2].price}. */
    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** What {@code t} needs in JSON's words, "a JSON value" when anything goes. */
    static String expectedOrValue(Class<?> t) {
        String expected = expected(t);
        return expected == null ? "a JSON value" : expected;
    }

    private static String expected(Class<?> t) {
        if (t == null || JsonNode.class.isAssignableFrom(t) || t == Object.class) {
            return null;
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t.isPrimitive() && t != char.class || Number.class.isAssignableFrom(t)) {
            return "a number";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class || t == UUID.class
                || Temporal.class.isAssignableFrom(t) || TemporalAmount.class.isAssignableFrom(t)) {
            return "a string";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        return "an object";
    }

    /** Jackson's own wording, without the source description it appends. */
    private static String reason(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String s = message;
        for (String cut : new String[] {"\n", " at [Source", " (start marker at", "[Source"}) {
            int i = s.indexOf(cut);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        s = s.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
