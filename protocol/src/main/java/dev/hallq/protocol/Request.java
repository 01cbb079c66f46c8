package dev.hallq.protocol;

/** A device-to-hub message that the hub answers with a {@link Reply}. */
public interface Request {
    /** Chosen by the device, echoed in the reply; also the key that makes a resend idempotent. */
    String requestId();

    /**
     * Where to answer; must lie under the requesting device's {@code down/} tree. When absent the hub
     * answers on the device's {@link Topic#REPLY} topic.
     */
    String replyTo();

    static String requestId(String value) {
        if (value == null || value.isBlank() || value.length() > 80) {
            throw new IllegalArgumentException("requestId is required (1-80 characters)");
        }
        return value;
    }
}
