package dev.hallq.kiosk.idcard;

/**
 * The security module's answer cannot be turned into an identity we trust. The message says which field failed
 * and why, never the citizen's data.
 */
public class CardTextException extends Exception {
    public CardTextException(String message) {
        super(message);
    }
}
