package dev.hallq.hub.store;

import dev.hallq.hub.admin.AdminRecord;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.util.List;

/**
 * Everything one step of the queue changes: tickets issued, tickets changed, window states, calls,
 * ratings and the events that tell of them, and the office's records. Stored whole or not at all.
 */
public record Change(List<Ticket> issued, List<Ticket> tickets, List<WindowDesk> windows, List<CallRecord> calls,
                     List<RatingRecord> ratings, List<HallEvent> events, List<CitizenMark> citizens,
                     List<Appointment> appointments, List<AdminRecord> admin) {
    public Change {
        admin = admin == null ? List.of() : List.copyOf(admin);
        citizens = citizens == null ? List.of() : List.copyOf(citizens);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        issued = List.copyOf(issued);
        tickets = List.copyOf(tickets);
        windows = List.copyOf(windows);
        calls = List.copyOf(calls);
        ratings = List.copyOf(ratings);
        events = List.copyOf(events);
    }

    public Change(List<Ticket> issued, List<Ticket> tickets, List<WindowDesk> windows, List<CallRecord> calls,
                  List<RatingRecord> ratings, List<HallEvent> events, List<CitizenMark> citizens,
                  List<Appointment> appointments) {
        this(issued, tickets, windows, calls, ratings, events, citizens, appointments, List.of());
    }

    public Change(List<Ticket> issued, List<Ticket> tickets, List<WindowDesk> windows, List<CallRecord> calls,
                  List<RatingRecord> ratings, List<HallEvent> events) {
        this(issued, tickets, windows, calls, ratings, events, List.of(), List.of());
    }

    /** The hall office's records: a configuration revision, accounts, audit lines. */
    public static Change admin(List<AdminRecord> records) {
        return new Change(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), records);
    }

    /** The office's records with the window states they change (a reconfigured hall opens or drops windows). */
    public static Change admin(List<AdminRecord> records, List<WindowDesk> windows) {
        return new Change(List.of(), List.of(), windows, List.of(), List.of(), List.of(), List.of(), List.of(), records);
    }

    public static Change issuing(Ticket ticket, HallEvent event) {
        return new Change(List.of(ticket), List.of(), List.of(), List.of(), List.of(), List.of(event));
    }

    /** A real-name ticket: the ticket and the hashed, masked trace of its citizen. */
    public static Change issuing(Ticket ticket, CitizenMark citizen, HallEvent event) {
        return new Change(List.of(ticket), List.of(), List.of(), List.of(), List.of(), List.of(event), List.of(citizen),
                List.of());
    }

    /** Bookings made, checked in, missed or cancelled, with their events; a check-in also issues its ticket. */
    public static Change appointments(List<Ticket> issued, List<Appointment> appointments, List<HallEvent> events) {
        return new Change(issued, List.of(), List.of(), List.of(), List.of(), events, List.of(), appointments);
    }

    public static Change of(List<Ticket> tickets, List<WindowDesk> windows, List<CallRecord> calls,
                            List<HallEvent> events) {
        return new Change(List.of(), tickets, windows, calls, List.of(), events);
    }

    public static Change rating(RatingRecord rating, List<WindowDesk> windows, HallEvent event) {
        return new Change(List.of(), List.of(), windows, List.of(), List.of(rating), List.of(event));
    }

    public static Change events(List<HallEvent> events) {
        return new Change(List.of(), List.of(), List.of(), List.of(), List.of(), events);
    }
}
