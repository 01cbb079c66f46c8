package dev.hallq.hub.reports;

import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.RatingLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-built tickets written straight into a store, as the queue would have left them, for figures by hand. */
final class HallHistory {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final HallStore store;
    private final Map<String, Integer> sequences = new HashMap<>();

    HallHistory(HallStore store) {
        this.store = store;
    }

    /** A ticket issued at {@code time} on {@code day}, not yet called. */
    Ticket issue(LocalDate day, String service, String prefix, LocalTime time) {
        int seq = sequences.merge(day + prefix, 1, Integer::sum);
        Ticket t = Ticket.issued(day, service, Ticket.numberFor(prefix, seq), seq, false, "K1",
                LocalDateTime.of(day, time).atZone(BEIJING).toInstant());
        store.commit(Change.issuing(t, HallEvent.of(t.issuedAt(), "ISSUED", t.id(), null, null, "K1")));
        return t;
    }

    /** Called {@code waitSeconds} after issue at a window and ended {@code handlingSeconds} later. */
    Ticket end(Ticket t, int window, String staff, int waitSeconds, int handlingSeconds, TicketState end,
               String detail) {
        Ticket called = t.called(window, staff, t.issuedAt().plusSeconds(waitSeconds));
        Ticket ended = called.ended(end, called.calledAt().plusSeconds(handlingSeconds));
        store.commit(Change.of(List.of(ended), List.of(), List.of(), List.of(
                HallEvent.of(called.calledAt(), "CALLED", t.id(), window, staff, "seq"),
                HallEvent.of(ended.finishedAt(), end == TicketState.FINISHED ? "FINISHED" : "MISSED", t.id(), window,
                        staff, detail))));
        return ended;
    }

    Ticket served(LocalDate day, String service, String prefix, LocalTime time, int window, String staff,
                  int waitSeconds, int handlingSeconds, RatingLevel rating) {
        Ticket t = end(issue(day, service, prefix, time), window, staff, waitSeconds, handlingSeconds,
                TicketState.FINISHED, null);
        if (rating != null) {
            rate(t, rating);
        }
        return t;
    }

    void rate(Ticket t, RatingLevel level) {
        store.commit(Change.rating(new RatingRecord(t.id(), "r-" + t.id(), t.window(), "E" + t.window(), level,
                        List.of(), null, t.finishedAt().plusSeconds(5), t.finishedAt().plusSeconds(5)), List.of(),
                HallEvent.of(t.finishedAt().plusSeconds(5), "RATED", t.id(), t.window(), t.staffNo(), level.name())));
    }

    Ticket missed(LocalDate day, String service, String prefix, LocalTime time, int window, String staff, int waitSeconds) {
        return end(issue(day, service, prefix, time), window, staff, waitSeconds, 60, TicketState.MISSED, null);
    }

    Ticket expired(LocalDate day, String service, String prefix, LocalTime time) {
        Ticket t = issue(day, service, prefix, time);
        Ticket gone = t.ended(TicketState.EXPIRED, LocalDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT)
                .atZone(BEIJING).toInstant());
        store.commit(Change.of(List.of(gone), List.of(), List.of(), List.of(
                HallEvent.of(gone.finishedAt(), "EXPIRED", t.id(), null, null, "day end"))));
        return gone;
    }

    /** A 一件事 ticket: step one at {@code firstWindow}, then finished at {@code lastWindow}. */
    Ticket bundle(LocalDate day, String bundle, String prefix, String firstService, String lastService, LocalTime time,
                  int firstWindow, String firstStaff, int lastWindow, String lastStaff) {
        int seq = sequences.merge(day + prefix, 1, Integer::sum);
        Ticket t = Ticket.issued(day, firstService, Ticket.numberFor(prefix, seq), seq, false, "K1",
                LocalDateTime.of(day, time).atZone(BEIJING).toInstant()).forBundle(bundle);
        store.commit(Change.issuing(t, HallEvent.of(t.issuedAt(), "ISSUED", t.id(), null, null, "K1")));
        Ticket first = t.called(firstWindow, firstStaff, t.issuedAt().plusSeconds(60));
        Ticket onward = first.nextStep(lastService);
        Ticket second = onward.called(lastWindow, lastStaff, first.calledAt().plusSeconds(600));
        Ticket done = second.ended(TicketState.FINISHED, first.calledAt().plusSeconds(900));
        store.commit(Change.of(List.of(done), List.of(), List.of(), List.of(
                HallEvent.of(first.calledAt(), "CALLED", t.id(), firstWindow, firstStaff, "seq"),
                HallEvent.of(first.calledAt().plusSeconds(300), "STEP_DONE", t.id(), firstWindow, firstStaff, "一件事 step 1"),
                HallEvent.of(second.calledAt(), "CALLED", t.id(), lastWindow, lastStaff, "seq"),
                HallEvent.of(done.finishedAt(), "FINISHED", t.id(), lastWindow, lastStaff, null))));
        return done;
    }

    void booking(String code, String service, LocalDate day, LocalTime slot, Appointment.State state) {
        store.commit(Change.appointments(List.of(), List.of(new Appointment(code, service, day, slot, "h" + code,
                "1101**", "张*", state, null, LocalDateTime.of(day.minusDays(2), LocalTime.NOON).atZone(BEIJING).toInstant())),
                List.of()));
    }
}
