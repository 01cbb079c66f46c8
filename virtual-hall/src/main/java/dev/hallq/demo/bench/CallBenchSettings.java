package dev.hallq.demo.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a call-latency run is shaped.
 *
 * @param windows    windows in the generated hall, each with its window screen and staff on duty
 * @param measured   how long calls and raw round trips are measured, after the warm-up
 * @param warmUp     load runs but nothing is counted (JIT, connections, the windows' staggered first calls)
 * @param kioskRate  tickets per second the kiosks issue while the load runs (0: none)
 * @param think      mean time a staff member waits between two key presses (NEXT → FINISH → NEXT); each wait
 *                   is drawn uniformly from half to one and a half times it
 * @param broker     an external broker such as {@code tcp://127.0.0.1:1883}, or null for the hub's embedded one
 * @param durable    the hub stores in SQLite (as a hall runs); false keeps everything in memory
 * @param dir        where the hall file and the database go
 */
public record CallBenchSettings(int windows, Duration measured, Duration warmUp, double kioskRate, Duration think,
                                String broker, boolean durable, Path dir, boolean screensApart) {
    /** Kiosks the tickets are spread over; a county hall has a handful. */
    public static final int KIOSKS = 4;
    /** Raw broker round trips sent per second beside the load. */
    public static final int RAW_PER_SECOND = 20;

    public CallBenchSettings(int windows, Duration measured, Duration warmUp, double kioskRate, Duration think,
                             String broker, boolean durable, Path dir) {
        this(windows, measured, warmUp, kioskRate, think, broker, durable, dir, false);
    }

    /** The same run with the screens in JVMs of their own ({@link ScreenFleet}) or in the bench's own. */
    public CallBenchSettings withScreensApart(boolean apart) {
        return new CallBenchSettings(windows, measured, warmUp, kioskRate, think, broker, durable, dir, apart);
    }

    public CallBenchSettings {
        if (windows < 1 || windows > 9999) {
            throw new IllegalArgumentException("--windows must be 1-9999, was " + windows);
        }
        if (measured == null || measured.toMillis() < 1_000) {
            throw new IllegalArgumentException("--seconds must be at least 1, was " + measured);
        }
        if (warmUp == null || warmUp.isNegative()) {
            throw new IllegalArgumentException("--warmup must be 0 or more seconds, was " + warmUp);
        }
        if (!(kioskRate >= 0 && kioskRate <= 1_000)) {
            throw new IllegalArgumentException("--kiosk-rate must be 0-1000 tickets/s, was " + kioskRate);
        }
        if (think == null || think.toMillis() < 10) {
            throw new IllegalArgumentException("--think must be at least 0.01 s, was " + think);
        }
        if (broker != null && !broker.matches("(tcp|ssl)://[^:/]+:\\d{1,5}")) {
            throw new IllegalArgumentException("--broker must be 'embedded' or look like tcp://HOST:PORT, was '"
                    + broker + "'");
        }
        if (dir == null) {
            throw new IllegalArgumentException("a working directory is required");
        }
    }

    /** The issue's shape: 200 windows, 60 s measured after 20 s of warm-up, kiosks at 5 tickets/s, embedded broker. */
    public static CallBenchSettings issueFive(Path dir) {
        return new CallBenchSettings(200, Duration.ofSeconds(60), Duration.ofSeconds(20), 5, Duration.ofSeconds(10),
                null, true, dir);
    }

    /** Load and measurement together. */
    public Duration loaded() {
        return warmUp.plus(measured);
    }

    /** Calls the staff will make in {@link #loaded()}: each window calls once per two thinks, and once at the start. */
    public long expectedCalls() {
        double cycles = loaded().toMillis() / (2.0 * think.toMillis());
        return (long) Math.ceil(windows * (cycles + 1));
    }

    /**
     * Tickets waiting before the load starts (the morning crowd), so that the windows call at the staff's pace and
     * not at the kiosks': what the staff will call, with a fifth more, less what the kiosks will issue.
     */
    public long backlog() {
        long fromKiosks = (long) Math.floor(kioskRate * loaded().toMillis() / 1000.0);
        return Math.max(0, (long) Math.ceil(expectedCalls() * 1.2) - fromKiosks);
    }

    /** Calls per second the staff aim at once every window is in its loop. */
    public double callRate() {
        return windows / (2.0 * think.toMillis() / 1000.0);
    }

    public String describe() {
        return String.format("%d windows (a window screen each) + hall screen with a recording announcer; %d kiosks at"
                        + " %.1f tickets/s; staff think %.1f s between keys (about %.1f calls/s); %d tickets waiting at the"
                        + " start; warm-up %d s, measured %d s; broker %s; store %s; screens %s",
                windows, KIOSKS, kioskRate, think.toMillis() / 1000.0, callRate(), backlog(), warmUp.toSeconds(),
                measured.toSeconds(), broker == null ? "embedded (Moquette)" : broker,
                durable ? "SQLite (WAL, synchronous=FULL)" : "memory",
                screensApart ? "in JVMs of their own" : "in this JVM");
    }
}
