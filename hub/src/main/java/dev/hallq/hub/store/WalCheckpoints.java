package dev.hallq.hub.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves the SQLite write-ahead log into the database file on a thread and connection of its own. Left to SQLite, the
 * commit that fills the log past 1,000 pages does it, on the desk's thread and under the store's lock: every ten
 * seconds or so one stored batch took 10–150 ms longer, and the calls in it reached the screens that much later. The
 * store's own connection therefore runs with {@code wal_autocheckpoint=0}, and this checkpoints {@code PASSIVE}ly
 * (never waiting for, nor holding up, the writer or any reader) every {@link #EVERY}; a quiet second copies a few
 * pages. If a checkpoint fails it is logged and tried again on the next turn; the log only grows meanwhile.
 */
final class WalCheckpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);
    static final Duration EVERY = Duration.ofSeconds(1);

    private final Connection db;
    private final ScheduledExecutorService thread;

    private WalCheckpoints(Connection db, String name) {
        this.db = db;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wal-checkpoints-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens a second connection to {@code url} and checkpoints {@code every} (a hall: {@link #EVERY}). */
    static WalCheckpoints start(String url, String name, Duration every) throws SQLException {
        Connection db = DriverManager.getConnection(url);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
        }
        WalCheckpoints checkpoints = new WalCheckpoints(db, name);
        checkpoints.thread.scheduleWithFixedDelay(checkpoints::checkpoint, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return checkpoints;
    }

    /** One passive checkpoint now; returns the log's frames now in the database file (-1 if it failed). */
    long checkpoint() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            long done = r.next() ? r.getLong(3) : -1;
            return done;
        } catch (SQLException e) {
            LOG.warn("checkpoint of the hall database's log failed (tried again in {} s): {}", EVERY.toSeconds(),
                    e.getMessage());
            return -1;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a checkpoint of the hall database's log is still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing the checkpoint connection failed: {}", e.getMessage());
        }
    }
}
