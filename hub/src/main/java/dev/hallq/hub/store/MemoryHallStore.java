package dev.hallq.hub.store;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
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
    private final Map<String, CitizenMark> citizens = new LinkedHashMap<>();
    private final Map<String, Appointment> appointments = new LinkedHashMap<>();
    private final TreeMap<Long, ConfigRevision> configs = new TreeMap<>();
    private final Map<String, Account> accounts = new TreeMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    @Override
    public synchronized void commit(List<Change> changes) {
        check(changes);
        for (Change c : changes) {
            c.issued().forEach(t -> tickets.put(t.id(), t));
            c.tickets().forEach(t -> tickets.put(t.id(), t));
            c.windows().forEach(w -> windows.put(w.number(), w));
            calls.addAll(c.calls());
            c.ratings().forEach(r -> ratings.put(r.ticketId(), r));
            c.events().forEach(this::append);
            c.citizens().forEach(m -> citizens.put(m.ticketId(), m));
            c.appointments().forEach(a -> appointments.put(a.code(), a));
            for (var r : c.admin()) {
                if (r instanceof ConfigRevision v) {
                    configs.put(v.revision(), v);
                } else if (r instanceof Account a) {
                    accounts.put(a.username(), a);
                } else if (r instanceof AuditEntry e) {
                    audit.add(e);
                }
            }
        }
    }

    /** Refuses the whole batch, before touching anything, if any part of it breaks a rule. */
    private void check(List<Change> changes) {
        java.util.Set<String> ids = new java.util.HashSet<>(tickets.keySet());
        java.util.Set<String> numbers = new java.util.HashSet<>();
        tickets.values().forEach(t -> numbers.add(t.day() + "/" + t.number()));
        java.util.Set<String> rated = new java.util.HashSet<>(ratings.keySet());
        java.util.Set<Long> seqs = new java.util.HashSet<>();
        calls.forEach(c -> seqs.add(c.seq()));
        java.util.Set<Long> revisions = new java.util.HashSet<>(configs.keySet());
        for (Change c : changes) {
            for (var r : c.admin()) {
                if (r instanceof ConfigRevision v && !revisions.add(v.revision())) {
                    throw new StoreFailure("could not store changes: configuration revision " + v.revision()
                            + " exists", null);
                }
            }
            for (Ticket t : c.issued()) {
                if (!ids.add(t.id()) || !numbers.add(t.day() + "/" + t.number())) {
                    throw new StoreFailure("could not store changes: ticket " + t.number() + " exists on " + t.day(), null);
                }
            }
            for (Ticket t : c.tickets()) {
                if (!ids.contains(t.id())) {
                    throw new StoreFailure("could not store changes: no ticket " + t.id() + " to update", null);
                }
            }
            for (CallRecord call : c.calls()) {
                if (!seqs.add(call.seq())) {
                    throw new StoreFailure("could not store changes: call " + call.seq() + " exists", null);
                }
            }
            for (RatingRecord r : c.ratings()) {
                if (!rated.add(r.ticketId())) {
                    throw new StoreFailure("could not store changes: ticket " + r.ticketId() + " is rated", null);
                }
            }
        }
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
    public synchronized List<Ticket> openTickets() {
        return tickets.values().stream()
                .filter(t -> t.state() == dev.hallq.hub.queue.TicketState.WAITING
                        || t.state() == dev.hallq.hub.queue.TicketState.CALLED)
                .sorted(Comparator.comparing(Ticket::queuedAt).thenComparing(Ticket::id)).toList();
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
    public synchronized List<Appointment> appointmentsOn(LocalDate day) {
        return appointments.values().stream().filter(a -> a.day().equals(day))
                .sorted(Comparator.comparing(Appointment::slot).thenComparing(Appointment::code)).toList();
    }

    @Override
    public void forEachTicket(LocalDate from, LocalDate to, java.util.function.BiConsumer<Ticket, RatingRecord> each) {
        List<Ticket> found;
        Map<String, RatingRecord> rated = new java.util.HashMap<>();
        synchronized (this) {
            found = tickets.values().stream().filter(t -> !t.day().isBefore(from) && !t.day().isAfter(to))
                    .sorted(Comparator.comparing(Ticket::day).thenComparing(Ticket::issuedAt).thenComparing(Ticket::id))
                    .toList();
            found.forEach(t -> {
                RatingRecord r = ratings.get(t.id());
                if (r != null) {
                    rated.put(t.id(), r);
                }
            });
        }
        found.forEach(t -> each.accept(t, rated.get(t.id())));
    }

    @Override
    public synchronized List<Appointment> appointmentsBetween(LocalDate from, LocalDate to) {
        return appointments.values().stream().filter(a -> !a.day().isBefore(from) && !a.day().isAfter(to))
                .sorted(Comparator.comparing(Appointment::day).thenComparing(Appointment::slot)
                        .thenComparing(Appointment::code)).toList();
    }

    @Override
    public void forEachEvent(java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
                             String detailPrefix, java.util.function.Consumer<HallEvent> each) {
        List<HallEvent> found;
        synchronized (this) {
            found = events.stream().filter(e -> types.contains(e.type()) && !e.at().isBefore(from) && e.at().isBefore(to))
                    .filter(e -> detailPrefix == null || (e.detail() != null && e.detail().startsWith(detailPrefix)))
                    .sorted(Comparator.comparing(HallEvent::at).thenComparingLong(HallEvent::seq)).toList();
        }
        found.forEach(each);
    }

    @Override
    public synchronized List<CitizenMark> citizensOn(LocalDate day) {
        return citizens.values().stream()
                .filter(m -> tickets.containsKey(m.ticketId()) && tickets.get(m.ticketId()).day().equals(day)).toList();
    }

    @Override
    public synchronized List<HallEvent> events(long afterSeq, int limit) {
        return events.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
    }

    @Override
    public synchronized Optional<ConfigRevision> latestConfig() {
        return configs.isEmpty() ? Optional.empty() : Optional.of(configs.lastEntry().getValue());
    }

    @Override
    public synchronized List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized List<AuditEntry> audit(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(audit);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
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
