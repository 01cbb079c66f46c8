package dev.hallq.protocol;

import java.util.regex.Pattern;

/** Validation helpers used by the payload records' constructors. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Checks() {
    }

    static String id(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits, '_', '.' or '-', was " + quote(value));
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static int window(String field, int value) {
        if (value < 1 || value > 9999) {
            throw new IllegalArgumentException(field + " must be a window number 1-9999, was " + value);
        }
        return value;
    }

    static int notNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
