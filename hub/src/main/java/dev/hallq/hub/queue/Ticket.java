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
 * @param bundleId       for a 一件事 ticket: its bundle, whose route of services it walks
 * @param step           for a 一件事 ticket: the place on the route of the service it is at (0 = first)
 */
public record Ticket(String id, LocalDate day, String serviceId, String number, int sequence, TicketState state,
                     boolean priority, String kioskId, Instant issuedAt, Instant calledAt, Instant finishedAt,
                     Integer window, String staffNo, int calls, Instant queuedAt, Integer reservedWindow,
                     Instant appointmentAt, String bundleId, int step) {

    public Ticket {
        queuedAt = queuedAt == null ? issuedAt : queuedAt;
    }

    /** A new ticket, waiting in line from the moment it is issued. */
    public static Ticket issued(LocalDate day, String serviceId, String number, int sequence, boolean priority,
                                String kioskId, Instant at) {
        return new Ticket(idFor(day, number), day, serviceId, number, sequence, TicketState.WAITING, priority, kioskId,
                at, null, null, null, null, 0, at, null, null, null, 0);
    }

    /** The same new ticket as the start of a 一件事 route. */
    public Ticket forBundle(String bundle) {
        return new Ticket(id, day, serviceId, number, sequence, state, priority, kioskId, issuedAt, calledAt, finishedAt,
                window, staffNo, calls, queuedAt, reservedWindow, appointmentAt, bundle, 0);
    }

    /** A 一件事 ticket done at one service, waiting in the next one's line at its original place. */
    public Ticket nextStep(String service) {
        return new Ticket(id, day, service, number, sequence, TicketState.WAITING, priority, kioskId, issuedAt, calledAt,
                null, window, staffNo, calls, queuedAt, null, appointmentAt, bundleId, step + 1);
    }

    /** The same ticket as a checked-in appointment of the slot starting at {@code slotStart}. */
    public Ticket forAppointment(Instant slotStart) {
        return new Ticket(id, day, serviceId, number, sequence, state, priority, kioskId, issuedAt, calledAt, finishedAt,
                window, staffNo, calls, queuedAt, reservedWindow, slotStart, bundleId, step);
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
                calledAt == null ? at : calledAt, finishedAt, atWindow, staff, calls + 1, queuedAt, null, appointmentAt, bundleId,
                step);
    }

    /** Back in line, e.g. after a transfer or a return: at {@code place}, for {@code service}, maybe for one window. */
    public Ticket requeued(String service, Instant place, Integer forWindow) {
        return new Ticket(id, day, service, number, sequence, TicketState.WAITING, priority, kioskId, issuedAt,
                calledAt, null, window, staffNo, calls, place, forWindow, appointmentAt, bundleId, step);
    }

    public Ticket ended(TicketState end, Instant at) {
        if (!end.isTerminal()) {
            throw new IllegalArgumentException(end + " does not end a ticket");
        }
        return new Ticket(id, day, serviceId, number, sequence, end, priority, kioskId, issuedAt, calledAt, at,
                window, staffNo, calls, queuedAt, null, appointmentAt, bundleId, step);
    }
}
