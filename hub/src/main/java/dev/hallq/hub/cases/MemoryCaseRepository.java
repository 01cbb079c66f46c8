package dev.hallq.hub.cases;

import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.store.HallStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Cases in memory, beside a hall kept in memory ({@link dev.hallq.hub.store.MemoryHallStore}). */
public final class MemoryCaseRepository implements CaseRepository {
    private static final int PAGE = 1000;

    private final HallStore store;
    private final Map<Long, BadRatingCase> cases = new TreeMap<>();
    private final Map<Long, List<CaseEntry>> histories = new HashMap<>();
    private long lastSeq;
    private long nextId = 1;

    /** @param store the hall's store, whose event log tells which ratings were bad */
    public MemoryCaseRepository(HallStore store) {
        this.store = store;
    }

    @Override
    public synchronized long lastEventSeq() {
        return lastSeq;
    }

    @Override
    public synchronized Optional<BadRatingCase> open(BadRatingCase fresh, CaseEntry opened, long eventSeq) {
        advance(eventSeq);
        if (byTicket(fresh.ticketId()).isPresent()) {
            return Optional.empty();
        }
        long id = nextId++;
        BadRatingCase stored = new BadRatingCase(id, fresh.ticketId(), fresh.ticketNumber(), fresh.ticketDay(),
                fresh.window(), fresh.staffNo(), fresh.serviceId(), fresh.serviceName(), fresh.department(), fresh.level(),
                fresh.reasons(), fresh.comment(), fresh.ratedAt(), fresh.openedAt(), fresh.deadline(), fresh.state(),
                fresh.calledBack(), fresh.reached(), fresh.closedAt(), fresh.appeal(), fresh.updatedAt(), fresh.version());
        cases.put(id, stored);
        histories.computeIfAbsent(id, k -> new ArrayList<>()).add(opened);
        return Optional.of(stored);
    }

    @Override
    public synchronized void advance(long eventSeq) {
        lastSeq = Math.max(lastSeq, eventSeq);
    }

    @Override
    public synchronized Optional<BadRatingCase> find(long id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public synchronized Optional<BadRatingCase> byTicket(String ticketId) {
        return cases.values().stream().filter(c -> c.ticketId().equals(ticketId)).findFirst();
    }

    @Override
    public synchronized List<BadRatingCase> list(LocalDate from, LocalDate to) {
        return cases.values().stream()
                .filter(c -> (from == null || !c.ticketDay().isBefore(from)) && (to == null || !c.ticketDay().isAfter(to)))
                .sorted(Comparator.comparingLong(BadRatingCase::id).reversed()).toList();
    }

    @Override
    public synchronized List<CaseEntry> history(long id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void save(BadRatingCase next, CaseEntry entry) {
        BadRatingCase stored = cases.get(next.id());
        if (stored == null) {
            throw new UnknownCase(next.id());
        }
        if (stored.version() != next.version() - 1) {
            throw SqlCaseRepository.changedMeanwhile(next.id());
        }
        cases.put(next.id(), next);
        histories.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(entry);
    }

    /** Forgets a case, as a damaged database might: for tests of the reconciliation. */
    synchronized void lose(long id) {
        cases.remove(id);
        histories.remove(id);
    }

    @Override
    public synchronized List<String> badRatingsWithoutCase() {
        Set<String> bad = new LinkedHashSet<>();
        long after = 0;
        List<HallEvent> page;
        do {
            page = store.events(after, PAGE);
            for (HallEvent e : page) {
                if ("RATED".equals(e.type()) && BadRatings.isBad(e.detail())) {
                    bad.add(e.ticketId());
                }
                after = e.seq();
            }
        } while (page.size() == PAGE);
        bad.removeIf(ticket -> byTicket(ticket).isPresent());
        return List.copyOf(bad);
    }

}
