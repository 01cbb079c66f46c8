package dev.hallq.protocol;

/**
 * A staff key pressed on a window's pad (or the web caller).
 *
 * @param ticketId  for CALL and RETURN: the ticket meant
 * @param toService for TRANSFER: the service the ticket goes on to
 * @param toWindow  for TRANSFER: the window the ticket goes on to
 * @param staffNo   for LOG_IN and HAND_OVER: the staff member taking the window
 * @param reason    for PAUSE (午休, 会议, …) and, required, for CALL
 * @param pin       for LOG_IN and HAND_OVER: the staff member's PIN typed on the pad, when the hall gives PINs
 * @param cardUid   for LOG_IN and HAND_OVER: the UID of the staff card laid on the pad's reader (hex), instead of
 *                  {@code staffNo} and PIN
 */
public record StaffCommand(int schema, String requestId, String replyTo, int window, StaffAction action,
                           String reason, String ticketId, String toService, Integer toWindow, String staffNo,
                           String pin, String cardUid)
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
        if (pin != null && !pin.matches("\\d{4,8}")) {
            throw new IllegalArgumentException("pin must be 4-8 digits");
        }
        if (cardUid != null && !cardUid.matches("[0-9A-Fa-f]{8,20}")) {
            throw new IllegalArgumentException("cardUid must be 8-20 hex digits, was '" + cardUid + "'");
        }
        cardUid = cardUid == null ? null : cardUid.toUpperCase(java.util.Locale.ROOT);
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
            case LOG_IN, HAND_OVER -> {
                if (staffNo == null && cardUid == null) {
                    throw new IllegalArgumentException("staffNo or cardUid is required for " + action);
                }
            }
            default -> {
                // the other actions need nothing more
            }
        }
    }

    public StaffCommand(int schema, String requestId, String replyTo, int window, StaffAction action, String reason,
                        String ticketId, String toService, Integer toWindow, String staffNo) {
        this(schema, requestId, replyTo, window, action, reason, ticketId, toService, toWindow, staffNo, null, null);
    }

    public StaffCommand(String requestId, String replyTo, int window, StaffAction action, String reason) {
        this(Schema.VERSION, requestId, replyTo, window, action, reason, null, null, null, null);
    }

    /** Never shows the PIN. */
    @Override
    public String toString() {
        return "StaffCommand[" + action + " window " + window + ", request " + requestId
                + (staffNo == null ? "" : ", staff " + staffNo) + (cardUid == null ? "" : ", card " + cardUid)
                + (pin == null ? "" : ", pin ****") + (ticketId == null ? "" : ", ticket " + ticketId) + "]";
    }

    /** 上岗 with a staff card (its UID) or a 工号 and PIN typed on the pad. */
    public static StaffCommand logIn(String requestId, String replyTo, int window, String staffNo, String pin,
                                     String cardUid) {
        return new StaffCommand(Schema.VERSION, requestId, replyTo, window, StaffAction.LOG_IN, null, null, null, null,
                staffNo, pin, cardUid);
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
