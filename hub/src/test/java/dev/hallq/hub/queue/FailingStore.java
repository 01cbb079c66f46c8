package dev.hallq.hub.queue;

import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.StoreFailure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A store whose next commit fails, as a full disk or a lost database connection would. */
final class FailingStore implements HallStore {
    private final HallStore real;
    private boolean failNext;

    FailingStore(HallStore real) {
        this.real = real;
    }

    void failNextCommit() {
        failNext = true;
    }

    @Override
    public void commit(List<Change> changes) {
        if (failNext) {
            failNext = false;
            throw new StoreFailure("disk full (on purpose)", null);
        }
        real.commit(changes);
    }

    @Override
    public List<Ticket> tickets(LocalDate day) {
        return real.tickets(day);
    }

    @Override
    public Optional<Ticket> ticket(String id) {
        return real.ticket(id);
    }

    @Override
    public List<Ticket> openTickets() {
        return real.openTickets();
    }

    @Override
    public List<WindowDesk> windows() {
        return real.windows();
    }

    @Override
    public List<CallRecord> recentCalls(int limit) {
        return real.recentCalls(limit);
    }

    @Override
    public long lastCallSeq() {
        return real.lastCallSeq();
    }

    @Override
    public Optional<RatingRecord> rating(String ticketId) {
        return real.rating(ticketId);
    }

    @Override
    public List<RatingRecord> ratingsOfTicketsOn(LocalDate day) {
        return real.ratingsOfTicketsOn(day);
    }

    @Override
    public List<Appointment> appointmentsOn(LocalDate day) {
        return real.appointmentsOn(day);
    }

    @Override
    public void forEachTicket(LocalDate from, LocalDate to, java.util.function.BiConsumer<Ticket, RatingRecord> each) {
        real.forEachTicket(from, to, each);
    }

    @Override
    public List<Appointment> appointmentsBetween(LocalDate from, LocalDate to) {
        return real.appointmentsBetween(from, to);
    }

    @Override
    public void forEachEvent(java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
                             String detailPrefix, java.util.function.Consumer<HallEvent> each) {
        real.forEachEvent(from, to, types, detailPrefix, each);
    }

    @Override
    public List<CitizenMark> citizensOn(LocalDate day) {
        return real.citizensOn(day);
    }

    @Override
    public List<HallEvent> events(long afterSeq, int limit) {
        return real.events(afterSeq, limit);
    }

    @Override
    public java.util.Optional<dev.hallq.hub.admin.ConfigRevision> latestConfig() {
        return real.latestConfig();
    }

    @Override
    public List<dev.hallq.hub.admin.Account> accounts() {
        return real.accounts();
    }

    @Override
    public List<dev.hallq.hub.admin.AuditEntry> audit(int limit) {
        return real.audit(limit);
    }

    @Override
    public String describe() {
        return "failing " + real.describe();
    }

    @Override
    public boolean healthy() {
        return !failNext && real.healthy();
    }

    @Override
    public void close() {
        real.close();
    }
}
