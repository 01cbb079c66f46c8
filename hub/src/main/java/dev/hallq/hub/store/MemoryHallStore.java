package dev.hallq.hub.store;

import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.queue.WindowDesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A store in memory, for fast tests of the queue and for a hub that is told to keep nothing. */
public final class MemoryHallStore implements HallStore {
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final Map<Integer, WindowDesk> windows = new TreeMap<>();
    private final List<CallRecord> calls = new ArrayList<>();
    private final Map<String, RatingRecord> ratings = new LinkedHashMap<>();
    private final List<HallEvent> events = new ArrayList<>();

    @Override
    public synchronized Ticket issue(NewTicket request) {
        int sequence = 1 + tickets.values().stream()
                .filter(t -> t.day().equals(request.day()) && t.serviceId().equals(request.serviceId()))
                .mapToInt(Ticket::sequence).max().orElse(0);
        String number = Ticket.numberFor(request.prefix(), sequence);
        String id = Ticket.idFor(request.day(), number);
        if (tickets.containsKey(id)) {
            throw new StoreFailure("could not issue a ticket for " + request.serviceId() + ": " + id + " exists", null);
        }
        Ticket ticket = new Ticket(id, request.day(), request.serviceId(), number, sequence, TicketState.WAITING,
                request.priority(), request.kioskId(), request.issuedAt(), null, null, null, null, 0);
        tickets.put(id, ticket);
        append(HallEvent.of(request.issuedAt(), "ISSUED", id, null, null, request.kioskId()));
        return ticket;
    }

    @Override
    public synchronized void apply(Change change) {
        for (Ticket t : change.tickets()) {
            if (!tickets.containsKey(t.id())) {
                throw new StoreFailure("could not store a change: no ticket " + t.id() + " to update", null);
            }
        }
        change.tickets().forEach(t -> tickets.put(t.id(), t));
        change.windows().forEach(w -> windows.put(w.number(), w));
        calls.addAll(change.calls());
        change.events().forEach(this::append);
    }

    @Override
    public synchronized RatingRecord rate(RatingRecord rating, HallEvent event) {
        RatingRecord earlier = ratings.get(rating.ticketId());
        if (earlier != null) {
            return earlier;
        }
        ratings.put(rating.ticketId(), rating);
        append(event);
        return rating;
    }

    @Override
    public synchronized void log(List<HallEvent> newEvents) {
        newEvents.forEach(this::append);
    }

    @Override
    public synchronized List<Ticket> tickets(LocalDate day) {
        return tickets.values().stream().filter(t -> t.day().equals(day))
                .sorted(Comparator.comparing(Ticket::issuedAt).thenComparing(Ticket::id)).toList();
    }

    @Override
    public synchronized Optional<Ticket> ticket(String id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public synchronized List<WindowDesk> windows() {
        return List.copyOf(windows.values());
    }

    @Override
    public synchronized List<CallRecord> recentCalls(int limit) {
        return calls.stream().sorted(Comparator.comparingLong(CallRecord::seq).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized long lastCallSeq() {
        return calls.stream().mapToLong(CallRecord::seq).max().orElse(0);
    }

    @Override
    public synchronized Optional<RatingRecord> rating(String ticketId) {
        return Optional.ofNullable(ratings.get(ticketId));
    }

    @Override
    public synchronized List<RatingRecord> ratingsOfTicketsOn(LocalDate day) {
        return ratings.values().stream()
                .filter(r -> tickets.containsKey(r.ticketId()) && tickets.get(r.ticketId()).day().equals(day))
                .sorted(Comparator.comparing(RatingRecord::ratedAt)).toList();
    }

    @Override
    public synchronized List<HallEvent> events(long afterSeq, int limit) {
        return events.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }

    private void append(HallEvent e) {
        events.add(new HallEvent(events.size() + 1L, e.at(), e.type(), e.ticketId(), e.window(), e.staffNo(), e.detail()));
    }
}
