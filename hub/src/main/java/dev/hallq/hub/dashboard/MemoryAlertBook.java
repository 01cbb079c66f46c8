package dev.hallq.hub.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts of a hub that keeps everything in memory: gone at a restart, as its queue is. */
public final class MemoryAlertBook implements AlertBook {
    private final Map<Long, Alert> alerts = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Alert raise(Alert alert) {
        boolean twice = alerts.values().stream().anyMatch(a -> a.open() && a.key().equals(alert.key()));
        if (twice) {
            throw new IllegalStateException("alert " + alert.key() + " is open already");
        }
        Alert stored = alert.withId(++lastId);
        alerts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void resolve(long id, Instant at) {
        alerts.computeIfPresent(id, (k, a) -> a.open() ? a.resolved(at) : a);
    }

    @Override
    public synchronized boolean acknowledge(long id, String by, Instant at) {
        Alert a = alerts.get(id);
        if (a == null || a.acknowledged()) {
            return false;
        }
        alerts.put(id, a.acknowledgedBy(by, at));
        return true;
    }

    @Override
    public synchronized Optional<Alert> find(long id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized List<Alert> open() {
        return alerts.values().stream().filter(Alert::open).toList();
    }

    @Override
    public synchronized List<Alert> list(Boolean open, Instant since, int limit) {
        List<Alert> out = new ArrayList<>(alerts.values().stream()
                .filter(a -> open == null || a.open() == open)
                .filter(a -> since == null || !a.raisedAt().isBefore(since))
                .toList());
        out.sort(Comparator.comparing(Alert::raisedAt).thenComparing(Alert::id).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}
