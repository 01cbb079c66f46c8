package dev.hallq.evaluator.keys;

import java.util.Objects;

/** Health of a keypad: OK, or a fault with a reason a duty manager can act on. */
public record KeypadHealth(Status status, String reason) {

    public enum Status { OK, FAULT }

    private static final KeypadHealth OK = new KeypadHealth(Status.OK, "");

    public KeypadHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status == Status.FAULT && reason.isBlank()) {
            throw new IllegalArgumentException("a keypad fault needs a reason");
        }
    }

    public static KeypadHealth ok() {
        return OK;
    }

    public static KeypadHealth fault(String reason) {
        return new KeypadHealth(Status.FAULT, reason);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
