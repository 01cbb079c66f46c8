package dev.hallq.protocol;

/** What a device confirms about a call. */
public enum AckRole {
    /** A screen has shown the call. */
    SHOWN,
    /** An announcer has finished speaking it. */
    SPOKEN
}
