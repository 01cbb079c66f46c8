package dev.hallq.hub.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How long a ticket will wait: the people ahead of it, times the recent handling time of its service (the
 * mean of the last {@value #RECENT} tickets served, or {@link #DEFAULT_HANDLING} before any), shared among
 * the windows open for that service.
 */
final class WaitEstimate {
    static final int RECENT = 20;
    static final Duration DEFAULT_HANDLING = Duration.ofMinutes(10);

    private final Map<String, Deque<Duration>> handled = new HashMap<>();

    /** Learns from a finished ticket how long its service takes (called to finished). */
    void learn(Ticket t) {
        if (t.state() == TicketState.FINISHED && t.calledAt() != null && t.finishedAt() != null) {
            served(t.serviceId(), Duration.between(t.calledAt(), t.finishedAt()));
        }
    }

    /** A ticket of {@code serviceId} was served for {@code took} (called to finished). */
    void served(String serviceId, Duration took) {
        if (took.isNegative()) {
            return;
        }
        Deque<Duration> recent = handled.computeIfAbsent(serviceId, s -> new ArrayDeque<>());
        recent.addLast(took);
        while (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    Duration handling(String serviceId) {
        Deque<Duration> recent = handled.get(serviceId);
        if (recent == null || recent.isEmpty()) {
            return DEFAULT_HANDLING;
        }
        long total = 0;
        for (Duration d : recent) {
            total += d.toMillis();
        }
        return Duration.ofMillis(total / recent.size());
    }

    /** Minutes to wait with {@code ahead} people ahead and {@code openWindows} windows serving; empty when none is open. */
    OptionalInt minutes(String serviceId, int ahead, int openWindows) {
        if (openWindows < 1) {
            return OptionalInt.empty();
        }
        long millis = handling(serviceId).toMillis() * ahead / openWindows;
        return OptionalInt.of((int) Math.ceil(millis / 60_000.0));
    }

    void clear() {
        handled.clear();
    }
}
