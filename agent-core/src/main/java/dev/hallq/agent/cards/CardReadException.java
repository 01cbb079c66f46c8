package dev.hallq.agent.cards;

import java.util.Objects;

/** A card read that ended without an identity, and why. The message never carries personal data. */
public final class CardReadException extends Exception {
    private final CardFailure failure;
    private final String detail;

    public CardReadException(CardFailure failure, String detail) {
        this(failure, detail, null);
    }

    public CardReadException(CardFailure failure, String detail, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure") + ": " + detail, cause);
        this.failure = failure;
        this.detail = detail;
    }

    public CardFailure failure() {
        return failure;
    }

    /** The message without the failure's name in front. */
    public String detail() {
        return detail;
    }
}
