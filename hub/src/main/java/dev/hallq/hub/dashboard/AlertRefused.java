package dev.hallq.hub.dashboard;

/** Why an alert could not be acknowledged: an HTTP status, a code and a message. */
public final class AlertRefused extends RuntimeException {
    private final int status;
    private final String code;

    AlertRefused(int status, String code, String message) {
        super(message);
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
