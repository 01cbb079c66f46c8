package dev.hallq.protocol;

/** A payload that is not valid JSON for its topic, or breaks a field rule; the message names the problem. */
public class BadPayload extends Exception {
    private final ErrorCode code;

    public BadPayload(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
