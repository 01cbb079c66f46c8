package dev.hallq.demo.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * This JVM's garbage collections as they end, placed on the bench's clock ({@link System#nanoTime()}, to the
 * millisecond the JVM reports them in), so that a slow call can be told apart from one a collection held up.
 *
 * <p>A collection's start and end come in milliseconds on the JVM's own uptime clock, whose zero is not
 * {@code getUptime()}'s (they differed by ~28 ms here). Each notification arrives after its collection ended, so the
 * smallest "now minus end" over all notifications is the best estimate of where that clock's zero lies on ours.
 */
final class PauseLog implements AutoCloseable {
    /** {startMs, endMs} on the JVM's uptime clock. */
    private final List<long[]> pauses = new ArrayList<>();
    private long zeroNanos = Long.MAX_VALUE;
    private final List<Runnable> detach = new ArrayList<>();

    PauseLog() {
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                long now = System.nanoTime();
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                synchronized (pauses) {
                    pauses.add(new long[]{info.getStartTime(), Math.max(info.getEndTime(), info.getStartTime() + 1)});
                    zeroNanos = Math.min(zeroNanos, now - info.getEndTime() * 1_000_000L);
                }
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    /** Milliseconds of collection (start to end, as the JVM reports it) overlapping {@code [from, to)}. */
    long overlapMillis(long from, long to) {
        long total = 0;
        synchronized (pauses) {
            for (long[] p : pauses) {
                long overlap = Math.min(to, zeroNanos + p[1] * 1_000_000L) - Math.max(from, zeroNanos + p[0] * 1_000_000L);
                if (overlap > 0) {
                    total += overlap;
                }
            }
        }
        return total / 1_000_000L;
    }

    @Override
    public void close() {
        detach.forEach(Runnable::run);
    }
}
