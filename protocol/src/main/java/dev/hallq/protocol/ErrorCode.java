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
    UNKNOWN_APPOINTMENT,
    ALREADY_BOOKED,
    CAP_REACHED,
    /** The hall's office revoked this device: nothing it sends is taken until it is restored. */
    DEVICE_REVOKED,
    /** The hub takes requests only from registered devices ({@code --require-registered-devices}) and this is not one. */
    DEVICE_NOT_REGISTERED,
    INTERNAL_ERROR
}
