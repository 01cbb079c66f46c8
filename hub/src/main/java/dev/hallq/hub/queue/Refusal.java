package dev.hallq.hub.queue;

import dev.hallq.protocol.ErrorCode;

/** The queue says no, with a code for machines and a message for people. Nothing was changed. */
public class Refusal extends Exception {
    private final ErrorCode code;

    public Refusal(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
