package dev.hallq.hub.queue;

import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;

import java.time.Instant;
import java.util.List;

/** The rules of each staff key, as transitions of a window's desk and its ticket. */
final class StaffActions {
    private final QueueEngine engine;

    StaffActions(QueueEngine engine) {
        this.engine = engine;
    }

    QueueEngine.StaffOutcome act(int window, StaffAction action, String reason) throws Refusal {
        WindowConfig config = engine.windowConfig(window)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_WINDOW, "no window " + window + " in this hall"));
        WindowDesk desk = engine.desk(window);
        return switch (action) {
            case NEXT -> next(config, desk);
            case RECALL -> recall(config, desk);
            case NO_SHOW -> end(config, desk, TicketState.MISSED, WindowPhase.IDLE, "MISSED");
            case FINISH -> end(config, desk, TicketState.FINISHED, WindowPhase.AWAITING_RATING, "FINISHED");
            case PAUSE -> pause(config, desk, reason);
            case RESUME -> resume(config, desk);
        };
    }

    private QueueEngine.StaffOutcome next(WindowConfig config, WindowDesk desk) throws Refusal {
        switch (desk.phase()) {
            case PAUSED -> throw new Refusal(ErrorCode.WINDOW_PAUSED,
                    "window " + desk.number() + " is paused (" + desk.pauseReason() + "): resume first");
            case CLOSED -> throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " has no staff on duty");
            case CALLING -> throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " still holds "
                    + held(desk).number() + ": finish it or mark it no-show first");
            default -> {
                // IDLE or AWAITING_RATING: the unrated ticket stays unrated
            }
        }
        Ticket next = engine.peekNext(config)
                .orElseThrow(() -> new Refusal(ErrorCode.QUEUE_EMPTY, "nobody is waiting for window " + desk.number()));
        Instant now = engine.now();
        String staff = staffNo(config);
        Ticket called = next.called(desk.number(), staff, now);
        CallRecord call = new CallRecord(engine.nextCallSeq(), called.id(), desk.number(), false, staff, now);
        WindowDesk calling = desk.with(WindowPhase.CALLING, called.id(), call.seq(), null, now);
        engine.record(Change.of(List.of(called), List.of(calling), List.of(call),
                List.of(HallEvent.of(now, "CALLED", called.id(), desk.number(), staff, "seq " + call.seq()))));
        return new QueueEngine.StaffOutcome(calling, called, call);
    }

    private QueueEngine.StaffOutcome recall(WindowConfig config, WindowDesk desk) throws Refusal {
        requireCalling(desk, "recall");
        Instant now = engine.now();
        String staff = staffNo(config);
        Ticket again = held(desk).called(desk.number(), staff, now);
        CallRecord call = new CallRecord(engine.nextCallSeq(), again.id(), desk.number(), true, staff, now);
        WindowDesk calling = desk.with(WindowPhase.CALLING, again.id(), call.seq(), null, desk.since());
        engine.record(Change.of(List.of(again), List.of(calling), List.of(call),
                List.of(HallEvent.of(now, "RECALLED", again.id(), desk.number(), staff, "seq " + call.seq()))));
        return new QueueEngine.StaffOutcome(calling, again, call);
    }

    private QueueEngine.StaffOutcome end(WindowConfig config, WindowDesk desk, TicketState end, WindowPhase after,
                                         String event) throws Refusal {
        requireCalling(desk, end == TicketState.MISSED ? "mark no-show" : "finish");
        Instant now = engine.now();
        Ticket ended = held(desk).ended(end, now);
        String keep = after == WindowPhase.AWAITING_RATING ? ended.id() : null;
        WindowDesk next = desk.with(after, keep, desk.callSeq(), null, now);
        engine.record(Change.of(List.of(ended), List.of(next), List.of(),
                List.of(HallEvent.of(now, event, ended.id(), desk.number(), staffNo(config), null))));
        return new QueueEngine.StaffOutcome(next, ended, null);
    }

    private QueueEngine.StaffOutcome pause(WindowConfig config, WindowDesk desk, String reason) throws Refusal {
        if (desk.phase() == WindowPhase.CALLING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " still holds " + held(desk).number()
                    + ": finish it before pausing");
        }
        if (desk.phase() == WindowPhase.PAUSED || desk.phase() == WindowPhase.CLOSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is already " + desk.phase());
        }
        String why = reason == null || reason.isBlank() ? "暂停服务" : reason;
        Instant now = engine.now();
        WindowDesk paused = desk.with(WindowPhase.PAUSED, null, desk.callSeq(), why, now);
        engine.record(Change.of(List.of(), List.of(paused), List.of(),
                List.of(HallEvent.of(now, "PAUSED", null, desk.number(), staffNo(config), why))));
        return new QueueEngine.StaffOutcome(paused, null, null);
    }

    private QueueEngine.StaffOutcome resume(WindowConfig config, WindowDesk desk) throws Refusal {
        if (desk.phase() != WindowPhase.PAUSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is not paused");
        }
        Instant now = engine.now();
        WindowDesk open = desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, now);
        engine.record(Change.of(List.of(), List.of(open), List.of(),
                List.of(HallEvent.of(now, "RESUMED", null, desk.number(), staffNo(config), null))));
        return new QueueEngine.StaffOutcome(open, null, null);
    }

    private void requireCalling(WindowDesk desk, String what) throws Refusal {
        if (desk.phase() != WindowPhase.CALLING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " has no called ticket to " + what);
        }
    }

    private Ticket held(WindowDesk desk) throws Refusal {
        return engine.heldBy(desk.number()).orElseThrow(() -> new Refusal(ErrorCode.INTERNAL_ERROR,
                "window " + desk.number() + " lost its ticket " + desk.ticketId()));
    }

    private static String staffNo(WindowConfig config) {
        return config.staff() == null ? null : config.staff().staffNo();
    }
}
