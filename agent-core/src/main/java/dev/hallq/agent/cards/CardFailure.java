package dev.hallq.agent.cards;

/** Why a card on the reader gave no identity. Each is final for that insertion: the holder tries again. */
public enum CardFailure {
    /** The card answered, but it is not the kind this reader reads (a bank card instead of a 社保卡, say). */
    WRONG_CARD("this is not the kind of card this reader reads"),
    /** The card left the reader before it was fully read. Nothing of it is kept. */
    CARD_REMOVED("the card was taken off the reader while it was being read"),
    /** The card answered with data that is missing, malformed or inconsistent (a check digit that fails). */
    BAD_RECORD("the card's data is missing, malformed or inconsistent"),
    /** The card refused a command with a status word that has no place in a normal read. */
    BAD_STATUS("the card refused a command"),
    /** The card (or the reader) did not answer in a way that can be understood at all. */
    UNREADABLE("the card does not answer properly");

    private final String reason;

    CardFailure(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
