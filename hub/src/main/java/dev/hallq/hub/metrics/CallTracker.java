package dev.hallq.hub.metrics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times each call from the staff key reaching the hub to the first screen that shows it, and feeds the
 * call-latency timer. Keeps the latest 10,000 calls.
 */
public final class CallTracker {
    private static final int KEEP = 10_000;

    private final HubMetrics metrics;
    private final Map<Long, Long> pending = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > KEEP;
        }
    };

    public CallTracker(HubMetrics metrics) {
        this.metrics = metrics;
    }

    /** The staff key for call {@code seq} reached the hub at {@code nanoTime}. */
    public synchronized void called(long seq, long nanoTime) {
        pending.put(seq, nanoTime);
    }

    /** A screen showed call {@code seq}; the first one stops the clock. */
    public synchronized void shown(long seq, long nanoTime) {
        Long start = pending.remove(seq);
        if (start != null) {
            metrics.callShown(Duration.ofNanos(nanoTime - start));
        }
    }
}
