package dev.hallq.hub.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A ticket as the hub keeps it. Immutable: every change makes a new value, stored before it is told.
 *
 * @param sequence       the number within its service and day (1 → A001)
 * @param calls          how many times it has been called (recalls included)
 * @param queuedAt       its place in line: the issue time, or later when it came back after being missed
 * @param reservedWindow while waiting after a transfer to a window: only that window calls it
 * @param appointmentAt  for a checked-in appointment (预约): the start of its slot, from when it goes first
 */
public record Ticket(String id, LocalDate day, String serviceId, String number, int sequence, TicketState state,
                     boolean priority, String kioskId, Instant issuedAt, Instant calledAt, Instant finishedAt,
                     Integer window, String staffNo, int calls, Instant queuedAt, Integer reservedWindow,
                     Instant appointmentAt) {

    public Ticket {
        queuedAt = queuedAt == null ? issuedAt : queuedAt;
    }

    /** A new ticket, waiting in line from the moment it is issued. */
    public static Ticket issued(LocalDate day, String serviceId, String number, int sequence, boolean priority,
                                String kioskId, Instant at) {
        return new Ticket(idFor(day, number), day, serviceId, number, sequence, TicketState.WAITING, priority, kioskId,
                at, null, null, null, null, 0, at, null, null);
    }

    /** The same ticket as a checked-in appointment of the slot starting at {@code slotStart}. */
    public Ticket forAppointment(Instant slotStart) {
        return new Ticket(id, day, serviceId, number, sequence, state, priority, kioskId, issuedAt, calledAt, finishedAt,
                window, staffNo, calls, queuedAt, reservedWindow, slotStart);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public static String numberFor(String prefix, int sequence) {
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : Integer.toString(sequence));
    }

    public static String idFor(LocalDate day, String number) {
        return day.format(DAY) + "-" + number;
    }

    public Ticket called(int atWindow, String staff, Instant at) {
        return new Ticket(id, day, serviceId, number, sequence, TicketState.CALLED, priority, kioskId, issuedAt,
                calledAt == null ? at : calledAt, finishedAt, atWindow, staff, calls + 1, queuedAt, null, appointmentAt);
    }

    /** Back in line, e.g. after a transfer or a return: at {@code place}, for {@code service}, maybe for one window. */
    public Ticket requeued(String service, Instant place, Integer forWindow) {
        return new Ticket(id, day, service, number, sequence, TicketState.WAITING, priority, kioskId, issuedAt,
                calledAt, null, window, staffNo, calls, place, forWindow, appointmentAt);
    }

    public Ticket ended(TicketState end, Instant at) {
        if (!end.isTerminal()) {
            throw new IllegalArgumentException(end + " does not end a ticket");
        }
        return new Ticket(id, day, serviceId, number, sequence, end, priority, kioskId, issuedAt, calledAt, at,
                window, staffNo, calls, queuedAt, null, appointmentAt);
    }
}
