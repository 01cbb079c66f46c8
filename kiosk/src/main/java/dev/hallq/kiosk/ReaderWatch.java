package dev.hallq.kiosk;

import dev.hallq.agent.StatusReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Keeps the kiosk's status in step with its ID-card reader: {@code reader=<state>}, and a problem on a fault. */
final class ReaderWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderWatch.class);

    private final IdCardReader reader;
    private final StatusReporter status;
    private final dev.hallq.agent.web.LiveView page;
    private ReaderState last;

    /** {@code page} hears {@code reader} events ({@code state}, {@code fault}), so it does not wait for a dead reader. */
    ReaderWatch(IdCardReader reader, StatusReporter status, dev.hallq.agent.web.LiveView page) {
        this.reader = reader;
        this.status = status;
        this.page = page;
    }

    /** Reports the state now, then checks it every {@code every}. */
    void start(ScheduledExecutorService scheduler, Duration every) {
        check();
        scheduler.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void check() {
        ReaderState now;
        try {
            now = reader.state();
        } catch (RuntimeException e) {
            LOG.warn("ID-card reader cannot tell its state: {}", e.toString());
            now = ReaderState.DISCONNECTED;
        }
        if (now == last) {
            return;
        }
        if (last != null || now.fault()) {
            LOG.info("ID-card reader {} -> {}: {}", last, now, now.reason());
        }
        last = now;
        status.hardware("reader", now.name());
        status.problem("reader", now.fault() ? now.reason() : null);
        page.publish("reader", "reader", java.util.Map.of("state", now.name(), "fault", now.fault() || now == ReaderState.NO_READER));
    }
}
