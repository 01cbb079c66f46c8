package dev.hallq.protocol;

/** The kinds of device agents in a hall. */
public enum DeviceKind {
    KIOSK, TICKET_PRINTER, WINDOW_SCREEN, HALL_SCREEN, EVALUATOR
}
