package dev.hallq.protocol;

/** Why the hub refused a request. */
public enum ErrorCode {
    MALFORMED_PAYLOAD,
    UNKNOWN_MESSAGE,
    UNKNOWN_SERVICE,
    UNKNOWN_WINDOW,
    UNKNOWN_TICKET,
    WRONG_STATE,
    QUEUE_EMPTY,
    WINDOW_PAUSED,
    ALREADY_RATED,
    UNKNOWN_STAFF,
    SERVICE_CLOSED,
    REAL_NAME_REQUIRED,
    INTERNAL_ERROR
}
