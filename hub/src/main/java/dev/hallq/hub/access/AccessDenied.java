package dev.hallq.hub.access;

/** A request the hub answers with an HTTP error and a JSON body {@code {error, message}}; nothing changed. */
public class AccessDenied extends RuntimeException {
    private final int status;
    private final String code;

    public AccessDenied(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
