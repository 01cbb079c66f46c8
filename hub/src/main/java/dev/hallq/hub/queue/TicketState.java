package dev.hallq.hub.queue;

/** A ticket's life: waiting → called → finished, or missed (过号), cancelled, expired at day end. */
public enum TicketState {
    WAITING, CALLED, FINISHED, MISSED, CANCELLED, EXPIRED;

    public boolean isTerminal() {
        return this == FINISHED || this == MISSED || this == CANCELLED || this == EXPIRED;
    }
}
