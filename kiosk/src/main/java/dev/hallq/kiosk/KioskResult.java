package dev.hallq.kiosk;

import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.TicketInfo;

/**
 * What a touch on a service button ends in: a ticket, or why there is none.
 *
 * @param ticket  the ticket issued, when {@code ok}
 * @param code    null when ok; otherwise an {@link ErrorCode} name, or {@link #HUB_UNREACHABLE} when the hub
 *                did not answer in time
 * @param message what the hub (or the kiosk) says about it, in words a person can read
 */
public record KioskResult(boolean ok, TicketInfo ticket, String code, String message) {
    public static final String HUB_UNREACHABLE = "HUB_UNREACHABLE";
    /** What the citizen is told when the hub cannot be reached. */
    public static final String UNREACHABLE_ADVICE = "暂时无法连接大厅服务器，请到咨询台取号";

    public KioskResult {
        if (ok && ticket == null) {
            throw new IllegalArgumentException("an ok result needs a ticket");
        }
        if (!ok && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a failed result needs a code");
        }
    }

    public static KioskResult issued(TicketInfo ticket) {
        return new KioskResult(true, ticket, null, null);
    }

    public static KioskResult refused(ErrorCode code, String message) {
        return new KioskResult(false, null, code.name(), message == null || message.isBlank() ? code.name() : message);
    }

    public static KioskResult unreachable() {
        return new KioskResult(false, null, HUB_UNREACHABLE, UNREACHABLE_ADVICE);
    }

    /** True when no answer came from the hub (as opposed to the hub refusing). */
    public boolean hubUnreachable() {
        return HUB_UNREACHABLE.equals(code);
    }
}
