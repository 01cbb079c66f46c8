package dev.hallq.protocol;

/**
 * A staff key pressed on a window's pad (or the web caller).
 *
 * @param ticketId  for CALL and RETURN: the ticket meant
 * @param toService for TRANSFER: the service the ticket goes on to
 * @param toWindow  for TRANSFER: the window the ticket goes on to
 * @param staffNo   for LOG_IN and HAND_OVER: the staff member taking the window
 * @param reason    for PAUSE (午休, 会议, …) and, required, for CALL
 */
public record StaffCommand(int schema, String requestId, String replyTo, int window, StaffAction action,
                           String reason, String ticketId, String toService, Integer toWindow, String staffNo)
        implements Request {

    public StaffCommand {
        Schema.check(schema);
        Request.requestId(requestId);
        Checks.window("window", window);
        Checks.present("action", action);
        if (ticketId != null) {
            Checks.id("ticketId", ticketId);
        }
        if (toService != null) {
            Checks.id("toService", toService);
        }
        if (toWindow != null) {
            Checks.window("toWindow", toWindow);
        }
        if (staffNo != null) {
            Checks.id("staffNo", staffNo);
        }
        switch (action) {
            case CALL -> {
                Checks.present("ticketId (for CALL)", ticketId);
                Checks.text("reason (for CALL)", reason);
            }
            case RETURN -> Checks.present("ticketId (for RETURN)", ticketId);
            case TRANSFER -> {
                if ((toService == null) == (toWindow == null)) {
                    throw new IllegalArgumentException("TRANSFER needs exactly one of toService and toWindow");
                }
            }
            case LOG_IN, HAND_OVER -> Checks.present("staffNo (for " + action + ")", staffNo);
            default -> {
                // the other actions need nothing more
            }
        }
    }

    public StaffCommand(String requestId, String replyTo, int window, StaffAction action, String reason) {
        this(Schema.VERSION, requestId, replyTo, window, action, reason, null, null, null, null);
    }

    /** A command about one ticket: CALL (with a reason) or RETURN. */
    public static StaffCommand about(String requestId, int window, StaffAction action, String ticketId, String reason) {
        return new StaffCommand(Schema.VERSION, requestId, null, window, action, reason, ticketId, null, null, null);
    }

    public static StaffCommand transfer(String requestId, int window, String toService, Integer toWindow) {
        return new StaffCommand(Schema.VERSION, requestId, null, window, StaffAction.TRANSFER, null, null, toService,
                toWindow, null);
    }

    public static StaffCommand staff(String requestId, int window, StaffAction action, String staffNo) {
        return new StaffCommand(Schema.VERSION, requestId, null, window, action, null, null, null, null, staffNo);
    }
}
