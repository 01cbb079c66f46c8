package dev.hallq.kiosk;

import dev.hallq.protocol.Reply;

/**
 * What a touch on 「打印办事指南」 ends in: the hub sent the guide to this kiosk's printer, or why not.
 *
 * @param code    null when ok; otherwise an {@link dev.hallq.protocol.ErrorCode} name from the hub
 *                ({@code UNKNOWN_SERVICE}, {@code WRONG_STATE} for a service without a guide), or one of the kiosk's own:
 *                {@link #NO_PRINTER}, {@link #PRINTER_NOT_READY}, {@link KioskResult#HUB_UNREACHABLE}
 * @param message what went wrong, for people; null when ok
 */
public record GuidePrint(boolean ok, String code, String message) {
    /** This kiosk has no printer paired with it. */
    public static final String NO_PRINTER = "NO_PRINTER";
    /** The kiosk's printer cannot print now (offline, out of paper, a fault), as its status says. */
    public static final String PRINTER_NOT_READY = "PRINTER_NOT_READY";

    public GuidePrint {
        if (ok && code != null) {
            throw new IllegalArgumentException("an ok guide print has no code");
        }
        if (!ok && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a failed guide print needs a code");
        }
    }

    static GuidePrint sent() {
        return new GuidePrint(true, null, null);
    }

    static GuidePrint refused(String code, String message) {
        return new GuidePrint(false, code, message);
    }

    static GuidePrint unreachable() {
        return refused(KioskResult.HUB_UNREACHABLE, "the hall server did not answer");
    }

    /** What the hub's reply to a print request means. */
    static GuidePrint answered(Reply reply) {
        return reply.ok() ? sent() : refused(reply.error().name(), reply.message() == null ? reply.error().name()
                : reply.message());
    }

    /** True when no answer came from the hub (as opposed to a refusal). */
    public boolean hubUnreachable() {
        return KioskResult.HUB_UNREACHABLE.equals(code);
    }
}
