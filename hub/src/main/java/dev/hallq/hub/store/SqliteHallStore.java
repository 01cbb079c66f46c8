package dev.hallq.hub.store;

import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded default store: one SQLite file in WAL mode with {@code synchronous=FULL}, so a
 * committed change survives a crash of the hub or of the machine. One connection, one writer at a time.
 */
public final class SqliteHallStore implements HallStore {
    private final Connection db;
    private final Statements sql;
    private final String description;

    private SqliteHallStore(Connection db, String description) {
        this.db = db;
        this.sql = new Statements(db);
        this.description = description;
    }

    public static SqliteHallStore open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String sql : schema().split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            db.setAutoCommit(false);
            db.commit();
            return new SqliteHallStore(db, "sqlite:" + file.toAbsolutePath());
        } catch (SQLException | IOException e) {
            throw new StoreFailure("cannot open the hall database " + file + ": " + e.getMessage(), e);
        }
    }

    private static String schema() throws IOException {
        try (InputStream in = SqliteHallStore.class.getResourceAsStream("/db/sqlite-schema.sql")) {
            if (in == null) {
                throw new IOException("db/sqlite-schema.sql missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("(?m)^--.*$", "");
        }
    }

    @Override
    public synchronized void commit(List<Change> changes) {
        inTransaction("store " + changes.size() + " change(s)", () -> {
            for (Change change : changes) {
                SqlRows.write(sql, change);
            }
            return null;
        });
    }

    @Override
    public synchronized List<Ticket> tickets(LocalDate day) {
        return read("read tickets", () -> SqlRows.tickets(sql, "WHERE day = ? ORDER BY issued_at, id", day.toString()));
    }

    @Override
    public synchronized Optional<Ticket> ticket(String id) {
        return read("read a ticket", () -> SqlRows.tickets(sql, "WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public synchronized List<WindowDesk> windows() {
        return read("read windows", () -> SqlRows.windows(sql));
    }

    @Override
    public synchronized List<CallRecord> recentCalls(int limit) {
        return read("read calls", () -> SqlRows.calls(sql, limit));
    }

    @Override
    public synchronized long lastCallSeq() {
        return read("read the last call", () -> {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM calls")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public synchronized Optional<RatingRecord> rating(String ticketId) {
        return read("read a rating", () -> SqlRows.rating(sql, ticketId));
    }

    @Override
    public synchronized List<RatingRecord> ratingsOfTicketsOn(LocalDate day) {
        return read("read ratings", () -> SqlRows.ratingsOfDay(sql, day.toString()));
    }

    @Override
    public synchronized List<HallEvent> events(long afterSeq, int limit) {
        return read("read events", () -> SqlRows.events(sql, afterSeq, limit));
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized boolean healthy() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            sql.close();
            db.close();
        } catch (SQLException e) {
            throw new StoreFailure("closing the hall database failed", e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreFailure("could not " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(String what, Work<T> work) {
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            throw new StoreFailure("could not " + what + ": " + e.getMessage(), e);
        }
    }
}
