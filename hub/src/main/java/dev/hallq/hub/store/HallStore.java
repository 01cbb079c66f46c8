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
import java.util.List;
import java.util.Optional;

/**
 * Where the hall's state lives durably. {@link #commit} stores a batch of changes in one transaction and
 * returns only once it is durable: the hub announces nothing before that. The store checks what must
 * never happen (a number twice in a day, a second rating for a ticket) and refuses the whole batch if it
 * would. Each backend passes the same contract tests.
 */
public interface HallStore extends AutoCloseable {

    /** Stores every change, in order, in one transaction: all or nothing. */
    void commit(List<Change> changes);

    default void commit(Change change) {
        commit(List.of(change));
    }

    List<Ticket> tickets(LocalDate day);

    Optional<Ticket> ticket(String id);

    /** Tickets of any day still waiting or called, in order of place. */
    List<Ticket> openTickets();

    List<WindowDesk> windows();

    /** Newest first. */
    List<CallRecord> recentCalls(int limit);

    long lastCallSeq();

    Optional<RatingRecord> rating(String ticketId);

    List<RatingRecord> ratingsOfTicketsOn(LocalDate day);

    /** The bookings for a day, in order of slot. */
    List<Appointment> appointmentsOn(LocalDate day);

    /**
     * Hands every ticket of the days {@code [from, to]} to {@code each}, with its rating or null, in order of day
     * and issue; for reports over months. A backend reads day by day and never holds its lock while {@code each}
     * runs, so a year's report does not stall the hall; {@code each} must not call the store. This default reads
     * {@link #tickets} and {@link #ratingsOfTicketsOn} day by day; a backend may do it in one query a day.
     */
    default void forEachTicket(LocalDate from, LocalDate to, java.util.function.BiConsumer<Ticket, RatingRecord> each) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            java.util.Map<String, RatingRecord> rated = new java.util.HashMap<>();
            ratingsOfTicketsOn(day).forEach(r -> rated.put(r.ticketId(), r));
            tickets(day).forEach(t -> each.accept(t, rated.get(t.id())));
        }
    }

    /** The bookings of the days {@code [from, to]}, in order of day, slot and code. */
    default List<Appointment> appointmentsBetween(LocalDate from, LocalDate to) {
        List<Appointment> out = new java.util.ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            out.addAll(appointmentsOn(day));
        }
        return out;
    }

    /**
     * Hands every event of one of {@code types} at or after {@code from} and before {@code to}, and whose detail
     * starts with {@code detailPrefix} unless that is null, to {@code each}, oldest first (by time, then sequence),
     * in the same manner as {@link #forEachTicket}. This default pages through the whole log: a real backend reads
     * its index instead.
     */
    default void forEachEvent(java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
                              String detailPrefix, java.util.function.Consumer<HallEvent> each) {
        List<HallEvent> found = new java.util.ArrayList<>();
        long after = 0;
        for (List<HallEvent> page = events(after, 10_000); !page.isEmpty(); page = events(after, 10_000)) {
            for (HallEvent e : page) {
                if (types.contains(e.type()) && !e.at().isBefore(from) && e.at().isBefore(to)
                        && (detailPrefix == null || (e.detail() != null && e.detail().startsWith(detailPrefix)))) {
                    found.add(e);
                }
            }
            after = page.get(page.size() - 1).seq();
        }
        found.sort(java.util.Comparator.comparing(HallEvent::at).thenComparingLong(HallEvent::seq));
        found.forEach(each);
    }

    /** The citizen traces of the real-name tickets of a day. */
    List<CitizenMark> citizensOn(LocalDate day);

    /** Events after {@code afterSeq}, oldest first. */
    List<HallEvent> events(long afterSeq, int limit);

    /** The newest stored configuration of the hall, if any was stored. */
    Optional<ConfigRevision> latestConfig();

    /** Every log-in account, by user name. */
    List<Account> accounts();

    /** The audit trail, newest first. */
    List<AuditEntry> audit(int limit);

    /** The database under this store, for the hub's other repositories; empty when everything is in memory. */
    default Optional<SqlAccess> sql() {
        return Optional.empty();
    }

    /** A short description for health pages, e.g. {@code sqlite:/var/lib/hall/hall.db}. */
    String describe();

    /** True when a trivial query succeeds. */
    boolean healthy();

    @Override
    void close();
}
