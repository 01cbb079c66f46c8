package dev.hallq.demo.bench;

/**
 * The stretch of the run that counts, on the bench's one clock ({@link System#nanoTime()}): a sample is measured
 * when its start (the NEXT or the raw message published) lies inside it. Before {@link #open()} nothing counts.
 */
final class MeasuredSpan {
    private volatile long from = Long.MAX_VALUE;
    private volatile long to = Long.MAX_VALUE;

    void open() {
        from = System.nanoTime();
    }

    void close() {
        to = System.nanoTime();
    }

    /** When the span opened on the bench's clock ({@link Long#MAX_VALUE} before). */
    long from() {
        return from;
    }

    boolean contains(long startedAt) {
        return startedAt >= from && startedAt < to;
    }

    /** Seconds from open to close (or to now, while open). */
    double seconds() {
        long end = to == Long.MAX_VALUE ? System.nanoTime() : to;
        return (end - from) / 1e9;
    }
}
