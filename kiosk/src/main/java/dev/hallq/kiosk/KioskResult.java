package dev.hallq.kiosk;

import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketInfo;

/**
 * What a touch on a service button ends in: a ticket, or why there is none.
 *
 * @param ticket  the ticket issued, when {@code ok}
 * @param code    null when ok; otherwise an {@link ErrorCode} name, or {@link #HUB_UNREACHABLE} when the hub
 *                did not answer in time
 * @param message what the hub (or the kiosk) says about it, in words a person can read
 * @param printed  for a ticket: whether it goes to the printer (false: the printer cannot print now, so the page
 *                 shows the number and a QR code on the screen instead)
 * @param myTicketUrl for a ticket: the citizen's live "my ticket" page on the hub, for the on-screen QR code
 */
public record KioskResult(boolean ok, TicketInfo ticket, String code, String message, Boolean printed,
                          String myTicketUrl) {
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

    public KioskResult(boolean ok, TicketInfo ticket, String code, String message) {
        this(ok, ticket, code, message, null, null);
    }

    public static KioskResult issued(TicketInfo ticket) {
        return new KioskResult(true, ticket, null, null);
    }

    public static KioskResult refused(ErrorCode code, String message) {
        return new KioskResult(false, null, code.name(), message == null || message.isBlank() ? code.name() : message);
    }

    /** What the hub's reply to a ticket request means: its ticket, or its refusal. */
    static KioskResult answered(Reply reply) {
        if (!reply.ok()) {
            return refused(reply.error(), reply.message());
        }
        if (reply.ticket() == null) {
            return refused(ErrorCode.INTERNAL_ERROR, "hub answered without a ticket");
        }
        return issued(reply.ticket());
    }

    public static KioskResult unreachable() {
        return new KioskResult(false, null, HUB_UNREACHABLE, UNREACHABLE_ADVICE);
    }

    /** The same result, telling the page whether it is printed and where the citizen's phone can follow it. */
    public KioskResult delivered(boolean toPrinter, String hubUrl) {
        if (!ok) {
            return this;
        }
        return new KioskResult(true, ticket, null, null, toPrinter, hubUrl == null ? null : hubUrl + "/t/" + ticket.id());
    }

    /** True when no answer came from the hub (as opposed to the hub refusing). */
    public boolean hubUnreachable() {
        return HUB_UNREACHABLE.equals(code);
    }
}
