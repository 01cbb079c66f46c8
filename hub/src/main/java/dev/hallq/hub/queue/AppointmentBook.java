package dev.hallq.hub.queue;

import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.store.Change;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appointments (预约): booking a slot, checking in at the kiosk by the booking's code or ID card within the
 * check-in window, and recording no-shows. Days are read from the store when first needed and kept.
 */
final class AppointmentBook {
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final QueueEngine engine;
    private final IdHasher ids;
    private final SecureRandom random = new SecureRandom();
    private final Map<LocalDate, Map<String, Appointment>> days = new HashMap<>();

    AppointmentBook(QueueEngine engine, IdHasher ids) {
        this.engine = engine;
        this.ids = ids;
    }

    void forget() {
        days.clear();
    }

    Appointment book(ServiceConfig service, LocalDate day, LocalTime slot, Citizen citizen) throws Refusal {
        HallCalendar calendar = engine.hall().calendar();
        HallCalendar.Booking rules = calendar.booking();
        if (!service.appointments()) {
            throw new Refusal(ErrorCode.WRONG_STATE, service.name() + " takes no appointments");
        }
        LocalDate today = engine.today();
        if (day.isBefore(today) || day.isAfter(today.plusDays(rules.daysAhead()))) {
            throw new Refusal(ErrorCode.WRONG_STATE, "appointments are for today up to " + rules.daysAhead() + " days ahead");
        }
        HallCalendar.Hours hours = calendar.hours(service.id(), day).orElseThrow(() ->
                new Refusal(ErrorCode.SERVICE_CLOSED, service.name() + " is not served on " + day));
        LocalTime end = slot.plusMinutes(rules.slotMinutes());
        if (slot.isBefore(hours.open()) || (!hours.untilMidnight() && end.isAfter(hours.close())) || end.isBefore(slot)) {
            throw new Refusal(ErrorCode.SERVICE_CLOSED, "the slot " + slot + " is outside " + service.name()
                    + "'s hours " + hours);
        }
        if (!at(day, slot).isAfter(engine.now())) {
            throw new Refusal(ErrorCode.WRONG_STATE, "the slot " + slot + " has begun");
        }
        String hash = ids.hash(citizen.idNumber());
        for (Appointment a : day(day).values()) {
            if (a.serviceId().equals(service.id()) && a.idHash().equals(hash)
                    && (a.state() == Appointment.State.BOOKED || a.state() == Appointment.State.CHECKED_IN)) {
                throw new Refusal(ErrorCode.ALREADY_BOOKED, citizen.maskedName() + " already has " + a.code()
                        + " for " + service.name() + " on " + day);
            }
        }
        if (service.bookingsPerSlot() != null) {
            long taken = day(day).values().stream().filter(a -> a.serviceId().equals(service.id()) && a.slot().equals(slot)
                    && a.state() != Appointment.State.CANCELLED).count();
            if (taken >= service.bookingsPerSlot()) {
                throw new Refusal(ErrorCode.CAP_REACHED, service.name() + ": the slot " + slot + " on " + day
                        + " is fully booked (" + service.bookingsPerSlot() + " per slot); 请选择其他时段");
            }
        }
        Appointment booked = new Appointment(newCode(), service.id(), day, slot, hash, citizen.maskedId(),
                citizen.maskedName(), Appointment.State.BOOKED, null, engine.now());
        engine.record(Change.appointments(List.of(), List.of(booked), List.of(HallEvent.of(engine.now(), "BOOKED",
                null, null, null, booked.code() + " " + service.id() + " " + day + " " + slot))));
        day(day).put(booked.code(), booked);
        return booked;
    }

    /** The booking a kiosk request checks in: by its code (refused outside the window) or by ID card (if due). */
    Optional<Appointment> toCheckIn(ServiceConfig service, String code, Citizen citizen) throws Refusal {
        Map<String, Appointment> today = day(engine.today());
        if (code != null) {
            Appointment a = today.get(code);
            if (a == null || !a.serviceId().equals(service.id())) {
                throw new Refusal(ErrorCode.UNKNOWN_APPOINTMENT, "no appointment " + code + " for " + service.name()
                        + " today");
            }
            if (a.state() != Appointment.State.BOOKED) {
                throw new Refusal(ErrorCode.WRONG_STATE, "appointment " + code + " is " + a.state());
            }
            String why = outsideWindow(a);
            if (why != null) {
                throw new Refusal(ErrorCode.WRONG_STATE, why);
            }
            return Optional.of(a);
        }
        if (citizen == null) {
            return Optional.empty();
        }
        String hash = ids.hash(citizen.idNumber());
        return today.values().stream().filter(a -> a.serviceId().equals(service.id()) && a.idHash().equals(hash)
                && a.state() == Appointment.State.BOOKED && outsideWindow(a) == null).findFirst();
    }

    /** The service a booking code of today is for: a kiosk that scanned only the code asks this. */
    String serviceOfCode(String code) throws Refusal {
        Appointment a = day(engine.today()).get(code);
        if (a == null) {
            throw new Refusal(ErrorCode.UNKNOWN_APPOINTMENT, "no appointment " + code + " today (预约码无效或非今日)");
        }
        return a.serviceId();
    }

    Instant slotStart(Appointment a) {
        return at(a.day(), a.slot());
    }

    void checkedIn(Appointment a, String ticketId) {
        day(a.day()).put(a.code(), a.checkedIn(ticketId));
    }

    /** Bookings of today whose check-in window has closed unused: no-shows, with their events. */
    List<Appointment> noShows() {
        Instant now = engine.now();
        Duration late = Duration.ofMinutes(engine.hall().calendar().booking().checkInLateMinutes());
        List<Appointment> missed = new ArrayList<>();
        for (Appointment a : day(engine.today()).values()) {
            if (a.state() == Appointment.State.BOOKED && now.isAfter(slotStart(a).plus(late))) {
                missed.add(a.ended(Appointment.State.NO_SHOW));
            }
        }
        if (!missed.isEmpty()) {
            engine.record(Change.appointments(List.of(), missed, missed.stream()
                    .map(a -> HallEvent.of(now, "APPOINTMENT_NO_SHOW", null, null, null, a.code())).toList()));
            missed.forEach(a -> day(a.day()).put(a.code(), a));
        }
        return missed;
    }

    List<Appointment> on(LocalDate day) {
        return List.copyOf(day(day).values());
    }

    private String outsideWindow(Appointment a) {
        HallCalendar.Booking rules = engine.hall().calendar().booking();
        Instant start = slotStart(a);
        Instant now = engine.now();
        if (now.isBefore(start.minus(Duration.ofMinutes(rules.checkInEarlyMinutes())))) {
            return "appointment " + a.code() + " checks in from "
                    + a.slot().minusMinutes(rules.checkInEarlyMinutes()) + " (slot " + a.slot() + ")";
        }
        if (now.isAfter(start.plus(Duration.ofMinutes(rules.checkInLateMinutes())))) {
            return "appointment " + a.code() + " could check in until " + a.slot().plusMinutes(rules.checkInLateMinutes())
                    + ": please take a normal ticket";
        }
        return null;
    }

    private Map<String, Appointment> day(LocalDate day) {
        return days.computeIfAbsent(day, d -> {
            Map<String, Appointment> byCode = new java.util.LinkedHashMap<>();
            engine.store().appointmentsOn(d).forEach(a -> byCode.put(a.code(), a));
            return byCode;
        });
    }

    private Instant at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(engine.hall().zone()).toInstant();
    }

    private String newCode() {
        StringBuilder b = new StringBuilder("Y");
        for (int i = 0; i < 7; i++) {
            b.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }
}
