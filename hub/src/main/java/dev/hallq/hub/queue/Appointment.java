package dev.hallq.hub.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking (预约) for a service in a time slot of a day, by one citizen (kept as a keyed hash and masked
 * forms), checked in at the kiosk by ID card or by the booking's code (the QR code of the confirmation).
 */
public record Appointment(String code, String serviceId, LocalDate day, LocalTime slot, String idHash, String maskedId,
                          String maskedName, State state, String ticketId, Instant bookedAt) {

    /** Where a booking stands. */
    public enum State { BOOKED, CHECKED_IN, NO_SHOW, CANCELLED }

    public Appointment checkedIn(String ticket) {
        return new Appointment(code, serviceId, day, slot, idHash, maskedId, maskedName, State.CHECKED_IN, ticket, bookedAt);
    }

    public Appointment ended(State end) {
        return new Appointment(code, serviceId, day, slot, idHash, maskedId, maskedName, end, ticketId, bookedAt);
    }
}
