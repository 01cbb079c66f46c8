package dev.hallq.hub.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends the outbox's pending records to the target, oldest first: a record goes out only after every record before
 * it was taken or parked. A failure that may pass (network, timeout, 5xx) holds the whole queue back for a wait that
 * doubles with each failure in a row, up to a cap; a refusal (4xx) parks the record with the answer and the queue
 * moves on. A batch refused as a whole is sent again one record at a time, so only the bad record is parked.
 * Single-threaded: {@link ExportLoop} calls {@link #drain} on its own thread; tests call it with a clock they move.
 */
public final class ExportSender {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSender.class);

    private final ExportOutbox outbox;
    private final ExportTarget target;
    private final ExportSettings settings;
    private final Clock clock;
    private int failuresInARow;
    private int singly;
    private Instant notBefore = Instant.MIN;

    public ExportSender(ExportOutbox outbox, ExportTarget target, ExportSettings settings, Clock clock) {
        this.outbox = outbox;
        this.target = target;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends every pending record the target takes now.
     *
     * @return how long to wait before trying again, or empty when the outbox has nothing pending
     */
    public synchronized Optional<Duration> drain() {
        Instant now = clock.instant();
        if (now.isBefore(notBefore)) {
            return Optional.of(Duration.between(now, notBefore));
        }
        while (!Thread.currentThread().isInterrupted()) {
            List<OutboxEntry> batch = outbox.pending(singly > 0 ? 1 : settings.batchSize());
            if (batch.isEmpty()) {
                return Optional.empty();
            }
            List<String> ids = batch.stream().map(OutboxEntry::id).toList();
            ExportTarget.Result result = target.send(batch);
            Instant at = clock.instant();
            if (result instanceof ExportTarget.Taken) {
                outbox.delivered(ids, at);
                failuresInARow = 0;
                singly = Math.max(0, singly - 1);
                LOG.debug("exported {} rating record(s) up to {}", ids.size(), ids.get(ids.size() - 1));
            } else if (result instanceof ExportTarget.Refused refused && batch.size() > 1) {
                singly = batch.size();
                LOG.warn("rating export: a batch of {} was refused ({}), sending them one by one", batch.size(),
                        refused.status());
            } else if (result instanceof ExportTarget.Refused refused) {
                outbox.refused(ids.get(0), at, "HTTP " + refused.status() + ": " + refused.answer());
                failuresInARow = 0;
                singly = Math.max(0, singly - 1);
                LOG.warn("rating export: {} refused with {}, parked for a person to look at", ids.get(0),
                        refused.status());
            } else {
                String why = ((ExportTarget.Failed) result).why();
                outbox.attemptFailed(ids, at, why);
                Duration wait = backOff(++failuresInARow);
                notBefore = at.plus(wait);
                LOG.warn("rating export failed ({} in a row), next try in {}: {}", failuresInARow, wait, why);
                return Optional.of(wait);
            }
        }
        return Optional.of(settings.firstRetry());
    }

    /** The wait after the {@code n}-th failure in a row: the first retry, doubled each time, capped. */
    Duration backOff(int n) {
        Duration wait = settings.firstRetry();
        for (int i = 1; i < n && wait.compareTo(settings.longestWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.longestWait()) > 0 ? settings.longestWait() : wait;
    }

    /** Ends the wait of the back-off: a person asked for a retry. */
    public synchronized void hurry() {
        notBefore = Instant.MIN;
    }
}
