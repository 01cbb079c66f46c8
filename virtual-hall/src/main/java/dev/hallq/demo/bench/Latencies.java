package dev.hallq.demo.bench;

import org.HdrHistogram.Histogram;

/**
 * Latencies in nanoseconds, kept in an HdrHistogram (3 significant digits, so a percentile is within 0.1 % of the
 * true sample); safe to record from several threads.
 */
final class Latencies {
    private final Histogram histogram = new Histogram(3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(0, nanos));
    }

    synchronized Summary summary() {
        if (histogram.getTotalCount() == 0) {
            return Summary.EMPTY;
        }
        return new Summary(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Count and percentiles in milliseconds; NaN where nothing was measured. */
    record Summary(long count, double p50, double p90, double p99, double max) {
        static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
