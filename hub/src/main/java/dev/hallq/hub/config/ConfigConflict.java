package dev.hallq.hub.config;

/** A configuration change that is valid on its own but would break the running hall; nothing was changed. */
public class ConfigConflict extends Exception {
    public ConfigConflict(String message) {
        super(message, null, false, false);
    }
}
