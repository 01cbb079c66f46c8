package dev.hallq.hub.queue;

import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of each staff key, as transitions of a window's desk and its ticket. */
final class StaffActions {
    private final QueueEngine engine;
    private final TicketMoves moves;
    private final Map<Integer, Instant> lastCall = new HashMap<>();

    StaffActions(QueueEngine engine) {
        this.engine = engine;
        this.moves = new TicketMoves(engine);
    }

    StaffOutcome act(StaffCommand command) throws Refusal {
        int window = command.window();
        WindowConfig config = engine.windowConfig(window)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_WINDOW, "no window " + window + " in this hall"));
        WindowDesk desk = engine.desk(window);
        return switch (command.action()) {
            case NEXT -> call(desk, nextFor(config, desk), false, null);
            case CALL -> call(desk, moves.outOfOrder(config, desk, command.ticketId()), false, command.reason());
            case RECALL -> recall(desk);
            case NO_SHOW -> end(desk, TicketState.MISSED, WindowPhase.IDLE, "MISSED");
            case FINISH -> end(desk, TicketState.FINISHED, WindowPhase.AWAITING_RATING, "FINISHED");
            case RETURN -> moves.comeBack(desk, command.ticketId());
            case TRANSFER -> moves.transfer(desk, command.toService(), command.toWindow());
            case PAUSE -> pause(desk, command.reason());
            case RESUME -> resume(desk);
            case LOG_IN -> logIn(desk, identified(command));
            case LOG_OUT -> logOut(desk);
            case HAND_OVER -> handOver(config, desk, identified(command));
        };
    }

    private Ticket nextFor(WindowConfig config, WindowDesk desk) throws Refusal {
        requireFreeToCall(desk);
        return engine.peekNext(config)
                .orElseThrow(() -> new Refusal(ErrorCode.QUEUE_EMPTY, "nobody is waiting for window " + desk.number()));
    }

    private StaffOutcome call(WindowDesk desk, Ticket next, boolean recall, String outOfOrder)
            throws Refusal {
        requireFreeToCall(desk);
        Instant now = engine.now();
        Ticket called = next.called(desk.number(), desk.staffNo(), now);
        CallRecord call = new CallRecord(engine.nextCallSeq(), called.id(), desk.number(), recall, desk.staffNo(), now);
        WindowDesk calling = desk.with(WindowPhase.CALLING, called.id(), call.seq(), null, now);
        String detail = "seq " + call.seq() + (outOfOrder == null ? "" : "; out of order: " + outOfOrder);
        engine.calledFromLine(next);
        engine.record(Change.of(List.of(called), List.of(calling), List.of(call),
                List.of(HallEvent.of(now, outOfOrder == null ? "CALLED" : "CALLED_OUT_OF_ORDER", called.id(),
                        desk.number(), desk.staffNo(), detail))));
        lastCall.put(desk.number(), now);
        return new StaffOutcome(calling, called, call);
    }

    private StaffOutcome recall(WindowDesk desk) throws Refusal {
        requireCalling(desk, "recall");
        Instant now = engine.now();
        Ticket held = held(desk);
        if (held.calls() >= engine.hall().policy().maxCalls()) {
            return end(desk, TicketState.MISSED, WindowPhase.IDLE, "MISSED");
        }
        Duration since = Duration.between(lastCall.getOrDefault(desk.number(), Instant.MIN.plusSeconds(1)), now);
        Duration coolDown = engine.hall().policy().recallCoolDown();
        if (since.compareTo(coolDown) < 0) {
            throw new Refusal(ErrorCode.WRONG_STATE, "recall " + held.number() + " again in "
                    + coolDown.minus(since).toSeconds() + " s (重呼间隔 " + coolDown.toSeconds() + " s)");
        }
        Ticket again = held.called(desk.number(), desk.staffNo(), now);
        CallRecord call = new CallRecord(engine.nextCallSeq(), again.id(), desk.number(), true, desk.staffNo(), now);
        WindowDesk calling = desk.with(WindowPhase.CALLING, again.id(), call.seq(), null, desk.since());
        engine.record(Change.of(List.of(again), List.of(calling), List.of(call),
                List.of(HallEvent.of(now, "RECALLED", again.id(), desk.number(), desk.staffNo(), "seq " + call.seq()))));
        lastCall.put(desk.number(), now);
        return new StaffOutcome(calling, again, call);
    }

    StaffOutcome end(WindowDesk desk, TicketState end, WindowPhase after, String event) throws Refusal {
        requireCalling(desk, end == TicketState.MISSED ? "mark no-show" : "finish");
        Instant now = engine.now();
        Ticket held = held(desk);
        java.util.Optional<String> onTo = end == TicketState.FINISHED ? engine.nextStepOf(held) : java.util.Optional.empty();
        if (onTo.isPresent()) {
            Ticket onward = held.nextStep(onTo.get());
            WindowDesk free = desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, now);
            engine.record(Change.of(List.of(onward), List.of(free), List.of(),
                    List.of(HallEvent.of(now, "STEP_DONE", held.id(), desk.number(), desk.staffNo(),
                            "一件事 step " + onward.step() + " → " + onTo.get()))));
            return new StaffOutcome(free, onward, null);
        }
        Ticket ended = held.ended(end, now);
        String keep = after == WindowPhase.AWAITING_RATING ? ended.id() : null;
        WindowDesk next = desk.with(after, keep, desk.callSeq(), null, now);
        String detail = end == TicketState.FINISHED && engine.afterClosing(ended.serviceId(), now) ? "延时服务 extended" : null;
        engine.record(Change.of(List.of(ended), List.of(next), List.of(),
                List.of(HallEvent.of(now, event, ended.id(), desk.number(), desk.staffNo(), detail))));
        return new StaffOutcome(next, ended, null);
    }

    private StaffOutcome pause(WindowDesk desk, String reason) throws Refusal {
        if (desk.phase() == WindowPhase.CALLING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " still holds " + held(desk).number()
                    + ": finish it before pausing");
        }
        if (desk.phase() == WindowPhase.PAUSED || desk.phase() == WindowPhase.CLOSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is already " + desk.phase());
        }
        String why = reason == null || reason.isBlank() ? "暂停服务" : reason;
        return change(desk, desk.with(WindowPhase.PAUSED, null, desk.callSeq(), why, engine.now()), "PAUSED", why);
    }

    private StaffOutcome resume(WindowDesk desk) throws Refusal {
        if (desk.phase() != WindowPhase.PAUSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is not paused");
        }
        return change(desk, desk.with(WindowPhase.IDLE, null, desk.callSeq(), null, engine.now()), "RESUMED", null);
    }

    /**
     * Who logs in or takes over: the holder of the staff card laid on the pad, or the 工号 typed there with its PIN
     * when the hall gave that person a PIN. A wrong or missing PIN is refused like an unknown person (nothing
     * tells which of the two was wrong).
     */
    private StaffConfig identified(StaffCommand command) throws Refusal {
        if (command.cardUid() != null) {
            StaffConfig holder = engine.hall().staffByCard(command.cardUid()).orElseThrow(() -> new Refusal(
                    ErrorCode.UNKNOWN_STAFF, "staff card " + command.cardUid() + " belongs to nobody in this hall"));
            if (command.staffNo() != null && !command.staffNo().equals(holder.staffNo())) {
                throw new Refusal(ErrorCode.UNKNOWN_STAFF, "that staff card is not " + command.staffNo() + "'s");
            }
            return holder;
        }
        StaffConfig staff = known(command.staffNo());
        if (staff.pinHash() != null && !PinCheck.matches(command.pin(), staff.pinHash())) {
            throw new Refusal(ErrorCode.UNKNOWN_STAFF, "工号 or PIN not right: 工号或密码错误");
        }
        return staff;
    }

    private StaffOutcome logIn(WindowDesk desk, StaffConfig staff) throws Refusal {
        if (desk.phase() != WindowPhase.CLOSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is staffed by " + desk.staffNo()
                    + ": hand over instead");
        }
        return change(desk, desk.staffedBy(staff.staffNo(), WindowPhase.IDLE, engine.now()), "LOGGED_IN", staff.name());
    }

    private StaffOutcome logOut(WindowDesk desk) throws Refusal {
        if (desk.phase() == WindowPhase.CLOSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "nobody is logged in at window " + desk.number());
        }
        if (desk.phase() == WindowPhase.CALLING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " still holds " + held(desk).number()
                    + ": finish, transfer or mark it no-show first");
        }
        return change(desk, desk.staffedBy(null, WindowPhase.CLOSED, engine.now()), "LOGGED_OUT", desk.staffNo());
    }

    private StaffOutcome handOver(WindowConfig config, WindowDesk desk, StaffConfig staff) throws Refusal {
        String staffNo = staff.staffNo();
        if (desk.phase() == WindowPhase.CLOSED) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " is closed: log in instead");
        }
        WindowDesk handed = new WindowDesk(desk.number(), desk.phase(), desk.ticketId(), desk.callSeq(),
                desk.pauseReason(), desk.since(), staff.staffNo());
        boolean backup = config.backup() != null && config.backup().staffNo().equals(staffNo);
        return change(desk, handed, "HANDED_OVER", desk.staffNo() + " → " + staffNo + (backup ? " (B岗)" : ""));
    }

    private StaffOutcome change(WindowDesk before, WindowDesk after, String event, String detail) {
        engine.record(Change.of(List.of(), List.of(after), List.of(),
                List.of(HallEvent.of(engine.now(), event, null, after.number(),
                        after.staffNo() != null ? after.staffNo() : before.staffNo(), detail))));
        return new StaffOutcome(after, null, null);
    }

    private StaffConfig known(String staffNo) throws Refusal {
        return engine.hall().staffMember(staffNo)
                .orElseThrow(() -> new Refusal(ErrorCode.UNKNOWN_STAFF, "no staff member " + staffNo + " in this hall"));
    }

    static void requireFreeToCall(WindowDesk desk) throws Refusal {
        switch (desk.phase()) {
            case PAUSED -> throw new Refusal(ErrorCode.WINDOW_PAUSED,
                    "window " + desk.number() + " is paused (" + desk.pauseReason() + "): resume first");
            case CLOSED -> throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " has no staff on duty");
            case CALLING -> throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " still holds "
                    + desk.ticketId() + ": finish it or mark it no-show first");
            default -> {
                // IDLE or AWAITING_RATING: the unrated ticket stays unrated
            }
        }
    }

    static void requireCalling(WindowDesk desk, String what) throws Refusal {
        if (desk.phase() != WindowPhase.CALLING) {
            throw new Refusal(ErrorCode.WRONG_STATE, "window " + desk.number() + " has no called ticket to " + what);
        }
    }

    Ticket held(WindowDesk desk) throws Refusal {
        return engine.heldBy(desk.number()).orElseThrow(() -> new Refusal(ErrorCode.INTERNAL_ERROR,
                "window " + desk.number() + " lost its ticket " + desk.ticketId()));
    }
}
