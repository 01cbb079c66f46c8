package dev.hallq.hub.dashboard;

import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hall as the alert rules see it at one moment: the configuration, every window's desk and each service's line
 * (how many wait, who has waited longest). Taken on the desk thread in microseconds, read anywhere afterwards.
 */
record HallSnapshot(HallConfig hall, List<WindowDesk> windows, Map<String, Line> lines) {

    /**
     * One service's line: how many wait, the ticket that has waited longest (null when nobody waits) and the tickets
     * left in the current time slot under the slot cap (null without one).
     */
    record Line(String serviceId, int waiting, String longestNumber, Instant longestSince, Integer leftInSlot) {
    }

    /** Desk thread only. */
    static HallSnapshot of(QueueEngine engine) {
        Map<String, Line> lines = new LinkedHashMap<>();
        engine.hall().services().forEach(s -> {
            Optional<Ticket> longest = engine.longestWaiting(s.id());
            java.util.OptionalInt slot = engine.remainingInSlot(s.id());
            lines.put(s.id(), new Line(s.id(), engine.waitingFor(s.id()), longest.map(Ticket::number).orElse(null),
                    longest.map(Ticket::issuedAt).orElse(null), slot.isPresent() ? slot.getAsInt() : null));
        });
        return new HallSnapshot(engine.hall(), engine.desks(), lines);
    }

    Optional<WindowConfig> config(int window) {
        return hall.window(window);
    }

    /** Whether the hall serves {@code serviceId} at {@code at}. */
    boolean serving(String serviceId, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, hall.zone());
        return hall.calendar().hours(serviceId, local.toLocalDate()).map(h -> h.covers(local.toLocalTime())).orElse(false);
    }

    /** A window "should be open" while the hall is open for any of its services. */
    boolean shouldBeOpen(WindowConfig w, Instant at) {
        return w.services().stream().anyMatch(s -> serving(s, at));
    }

    /** The window's working day on the day of {@code at}: earliest opening to latest closing of its services. */
    Optional<Span> hoursOf(WindowConfig w, Instant at) {
        LocalDate day = LocalDateTime.ofInstant(at, hall.zone()).toLocalDate();
        LocalTime open = null;
        LocalTime close = null;
        boolean midnight = false;
        for (String s : w.services()) {
            Optional<HallCalendar.Hours> h = hall.calendar().hours(s, day);
            if (h.isPresent()) {
                open = open == null || h.get().open().isBefore(open) ? h.get().open() : open;
                midnight |= h.get().untilMidnight();
                close = close == null || h.get().close().isAfter(close) ? h.get().close() : close;
            }
        }
        if (open == null) {
            return Optional.empty();
        }
        Instant from = day.atTime(open).atZone(hall.zone()).toInstant();
        Instant to = midnight ? day.plusDays(1).atStartOfDay(hall.zone()).toInstant() : day.atTime(close).atZone(hall.zone()).toInstant();
        return Optional.of(new Span(from, to, midnight));
    }

    /** From opening to closing; {@code untilMidnight} for a day that never closes before midnight. */
    record Span(Instant open, Instant close, boolean untilMidnight) {
        @Override
        public String toString() {
            return open + "-" + close;
        }
    }
}
