package dev.hallq.hub.queue;

import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.WindowPhase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Tickets that leave their place in line on purpose: called out of order, come back after 过号, transferred. */
final class TicketMoves {
    private final QueueEngine engine;

    TicketMoves(QueueEngine engine) {
        this.engine = engine;
    }

    /** 指定叫号: the ticket must be waiting for a service this window serves. */
    Ticket outOfOrder(WindowConfig window, WindowDesk desk, String ticketId) throws Refusal {
        StaffActions.requireFreeToCall(desk);
        Ticket t = engine.ticket(ticketId)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_TICKET, "no ticket " + ticketId));
        if (t.state() != TicketState.WAITING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + t.number() + " is " + t.state() + ", not waiting");
        }
        if (!window.services().contains(t.serviceId())) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + window.number() + " does not serve " + t.serviceId());
        }
        return t;
    }

    /** 过号重排: a missed ticket whose citizen came back within the policy's time rejoins its line. */
    StaffOutcome comeBack(WindowDesk desk, String ticketId) throws Refusal {
        Ticket t = engine.ticket(ticketId)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_TICKET, "no ticket " + ticketId));
        Instant now = engine.now();
        if (t.state() != TicketState.MISSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + t.number() + " is " + t.state() + ", not missed");
        }
        Duration within = engine.hall().policy().missedReturnWithin();
        if (!t.day().equals(engine.today()) || Duration.between(t.finishedAt(), now).compareTo(within) > 0) {
            throw new Refusal(ErrorCode.WRONG_STATE, "ticket " + t.number() + " was missed more than "
                    + within.toMinutes() + " minutes ago: please take a new ticket");
        }
        Ticket back = t.requeued(t.serviceId(), engine.rejoinPlace(t.serviceId()), null);
        engine.record(Change.of(List.of(back), List.of(), List.of(),
                List.of(HallEvent.of(now, "RETURNED", t.id(), desk.number(), desk.staffNo(),
                        "behind " + engine.hall().policy().rejoinAfter()))));
        return new StaffOutcome(desk, back, null);
    }

    /** 转办: the window's current ticket goes on to another service's line, or to one window. */
    StaffOutcome transfer(WindowDesk desk, String toService, Integer toWindow) throws Refusal {
        StaffActions.requireCalling(desk, "transfer");
        Ticket t = engine.heldBy(desk.number()).orElseThrow(() -> new Refusal(ErrorCode.INTERNAL_ERROR,
                "window " + desk.number() + " lost its ticket " + desk.ticketId()));
        String service = t.serviceId();
        if (toService != null) {
            if (!engine.serves(toService)) {
                throw new Refusal(ErrorCode.UNKNOWN_SERVICE, "no service '" + toService + "' in this hall");
            }
            service = toService;
        }
        if (toWindow != null) {
            WindowConfig target = engine.windowConfig(toWindow)
                    .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_WINDOW, "no window " + toWindow + " in this hall"));
            if (toWindow == desk.number()) {
                throw new Refusal(ErrorCode.WRONG_STATE, "a ticket is not transferred to its own window");
            }
            service = target.services().contains(service) ? service : target.services().get(0);
        }
        Instant now = engine.now();
        Instant place = engine.hall().policy().transferKeepsPlace() ? t.queuedAt() : now;
        Ticket moved = t.requeued(service, place, toWindow);
        WindowDesk free = desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, now);
        engine.record(Change.of(List.of(moved), List.of(free), List.of(),
                List.of(HallEvent.of(now, "TRANSFERRED", t.id(), desk.number(), desk.staffNo(),
                        toService != null ? "to service " + toService : "to window " + toWindow))));
        return new StaffOutcome(free, moved, null);
    }
}
