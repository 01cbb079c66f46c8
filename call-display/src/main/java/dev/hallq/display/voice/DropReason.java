package dev.hallq.display.voice;

/** Why the announcement queue did not say something. */
public enum DropReason {
    /** The same ticket to the same window was already waiting to be said. */
    DUPLICATE,
    /** The backlog was full; the oldest waiting announcement made room for a newer one. */
    BACKLOG_FULL,
    /** The queue was closed before the announcement's turn. */
    CLOSED
}
