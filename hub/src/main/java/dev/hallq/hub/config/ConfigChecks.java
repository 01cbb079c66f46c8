package dev.hallq.hub.config;

final class ConfigChecks {
    private ConfigChecks() {
    }

    static String id(String key, String value) {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException(key + " must be 1-64 letters, digits, '_', '.' or '-', was '" + value + "'");
        }
        return value;
    }

    static String text(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }
}
