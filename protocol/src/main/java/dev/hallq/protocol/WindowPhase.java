package dev.hallq.protocol;

/** What a window is doing. */
public enum WindowPhase {
    /** No staff, or outside opening hours. */
    CLOSED,
    /** Open, nobody called. */
    IDLE,
    /** A ticket has been called (and possibly recalled); the citizen is on the way or being served. */
    CALLING,
    /** The ticket is finished; the pad asks the citizen to rate (一次一评). */
    AWAITING_RATING,
    /** 暂停服务, with a reason. */
    PAUSED
}
