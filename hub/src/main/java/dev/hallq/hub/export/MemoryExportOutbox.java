package dev.hallq.hub.export;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The outbox of a hub that keeps everything in memory. */
public final class MemoryExportOutbox implements ExportOutbox {
    private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();
    private long lastSeq;
    private Long cursor;

    @Override
    public synchronized boolean enqueue(String id, String payload, Instant at) {
        if (entries.containsKey(id)) {
            return false;
        }
        entries.put(id, new OutboxEntry(++lastSeq, id, payload, OutboxEntry.State.PENDING, at, 0, null, null, null));
        return true;
    }

    @Override
    public synchronized List<OutboxEntry> pending(int limit) {
        return entries.values().stream().filter(e -> e.state() == OutboxEntry.State.PENDING).limit(limit).toList();
    }

    @Override
    public synchronized void delivered(List<String> ids, Instant at) {
        for (String id : ids) {
            update(id, e -> new OutboxEntry(e.seq(), id, e.payload(), OutboxEntry.State.DELIVERED, e.queuedAt(),
                    e.attempts() + 1, at, e.lastError(), at));
        }
    }

    @Override
    public synchronized void attemptFailed(List<String> ids, Instant at, String error) {
        for (String id : ids) {
            update(id, e -> new OutboxEntry(e.seq(), id, e.payload(), e.state(), e.queuedAt(), e.attempts() + 1, at,
                    error, null));
        }
    }

    @Override
    public synchronized void refused(String id, Instant at, String answer) {
        update(id, e -> new OutboxEntry(e.seq(), id, e.payload(), OutboxEntry.State.FAILED, e.queuedAt(),
                e.attempts() + 1, at, answer, null));
    }

    @Override
    public synchronized boolean retry(String id) {
        OutboxEntry e = entries.get(id);
        if (e == null || e.state() != OutboxEntry.State.FAILED) {
            return false;
        }
        entries.put(id, new OutboxEntry(e.seq(), id, e.payload(), OutboxEntry.State.PENDING, e.queuedAt(), 0,
                e.lastTryAt(), e.lastError(), null));
        return true;
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized List<OutboxEntry> list(OutboxEntry.State state, int limit) {
        return entries.values().stream().filter(e -> state == null || e.state() == state).limit(limit).toList();
    }

    @Override
    public synchronized Map<OutboxEntry.State, Long> counts() {
        Map<OutboxEntry.State, Long> counts = new EnumMap<>(OutboxEntry.State.class);
        for (OutboxEntry.State s : OutboxEntry.State.values()) {
            counts.put(s, 0L);
        }
        entries.values().forEach(e -> counts.merge(e.state(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized OptionalLong cursor() {
        return cursor == null ? OptionalLong.empty() : OptionalLong.of(cursor);
    }

    @Override
    public synchronized void cursor(long lastSeq) {
        cursor = lastSeq;
    }

    private void update(String id, java.util.function.UnaryOperator<OutboxEntry> change) {
        OutboxEntry e = entries.get(id);
        if (e != null) {
            entries.put(id, change.apply(e));
        }
    }
}
