package dev.hallq.hub.queue;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.WindowConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hall's waiting lines, one per service, and who a window calls from them. */
final class HallLines {
    private final Map<String, ServiceLine> lines = new LinkedHashMap<>();

    /** Empty lines for every service of the hall. */
    void reset(HallConfig hall) {
        lines.clear();
        hall.services().forEach(s -> lines.put(s.id(), new ServiceLine()));
    }

    /** Lines for a reconfigured hall: new services get empty lines, removed services' (empty) lines go. */
    void adjust(HallConfig hall) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        hall.services().forEach(s -> ids.add(s.id()));
        lines.keySet().removeIf(id -> !ids.contains(id) && lines.get(id).size() == 0);
        hall.services().forEach(s -> lines.putIfAbsent(s.id(), new ServiceLine()));
    }

    /** Puts a ticket in its line while it waits, takes it out otherwise; {@code before} is its last known form. */
    void place(Ticket before, Ticket t) {
        if (before != null && !before.serviceId().equals(t.serviceId()) && lines.containsKey(before.serviceId())) {
            lines.get(before.serviceId()).remove(t.id());
        }
        ServiceLine line = lines.get(t.serviceId());
        if (line == null) {
            return;
        }
        if (t.state() == TicketState.WAITING) {
            line.put(t);
        } else {
            line.remove(t.id());
        }
    }

    /** Who the window calls next: its services in its priority order, each line by its own rule. */
    Optional<Ticket> next(WindowConfig window, HallConfig hall, Instant now) {
        for (String serviceId : window.services()) {
            Optional<Ticket> next = lines.get(serviceId).next(window.number(), hall.policy(), now);
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    /** Tells the ticket's line it was called, for the priority fairness count. */
    void called(Ticket t) {
        ServiceLine line = lines.get(t.serviceId());
        if (line != null) {
            line.called(t);
        }
    }

    Instant placeBehind(String serviceId, int waiting, Instant now) {
        return lines.get(serviceId).placeBehind(waiting, now);
    }

    boolean serves(String serviceId) {
        return lines.containsKey(serviceId);
    }

    int waitingFor(String serviceId) {
        ServiceLine line = lines.get(serviceId);
        return line == null ? 0 : line.size();
    }

    Optional<Ticket> longestWaiting(String serviceId) {
        ServiceLine line = lines.get(serviceId);
        return line == null ? Optional.empty() : line.longestWaiting();
    }

    int waitingForBundle(String bundleId) {
        int n = 0;
        for (ServiceLine line : lines.values()) {
            n += line.countOfBundle(bundleId);
        }
        return n;
    }

    int ahead(Ticket t) {
        ServiceLine line = lines.get(t.serviceId());
        return line == null ? 0 : line.ahead(t.id());
    }

    /** Tickets of days before {@code day} still waiting, in any line. */
    List<Ticket> earlierThan(LocalDate day) {
        List<Ticket> old = new ArrayList<>();
        lines.values().forEach(line -> old.addAll(line.earlierThan(day)));
        return old;
    }
}
