package dev.hallq.hub.store;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

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
 * The store on a JDBC database: one SQLite file (the embedded default: WAL, {@code synchronous=FULL}, so a
 * committed change survives a crash of the hub or of the machine) or PostgreSQL (for a city running many
 * halls). The schema comes from Flyway migrations, one set per database. One connection, one writer at a
 * time; statements are prepared once.
 */
public final class JdbcHallStore implements HallStore {
    private final Connection db;
    private final Statements sql;
    private final String description;
    private final String dialect;

    private JdbcHallStore(Connection db, String description) {
        this.db = db;
        this.dialect = description.startsWith("postgresql:") ? "postgresql" : "sqlite";
        this.sql = new Statements(db);
        this.description = description;
    }

    /** Opens (and creates or migrates) the SQLite file. */
    public static JdbcHallStore sqlite(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection db = DriverManager.getConnection(url);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            migrate(url, null, "sqlite");
            return open(db, "sqlite:" + file.toAbsolutePath());
        } catch (SQLException | IOException | FlywayException e) {
            throw new StoreFailure("cannot open the hall database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens (and creates or migrates) a PostgreSQL database, e.g.
     * {@code jdbc:postgresql://db.example/hall?user=hall&password=...&currentSchema=h1}.
     */
    public static JdbcHallStore postgres(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL URL starts with jdbc:postgresql:, was '" + url + "'");
        }
        try {
            migrate(url, schemaOf(url), "postgresql");
            Connection db = DriverManager.getConnection(url);
            return open(db, "postgresql:" + url.replaceAll("password=[^&]*", "password=***"));
        } catch (SQLException | FlywayException e) {
            throw new StoreFailure("cannot open the hall database " + url.replaceAll("password=[^&]*", "password=***")
                    + ": " + e.getMessage(), e);
        }
    }

    private static JdbcHallStore open(Connection db, String description) throws SQLException {
        db.setAutoCommit(false);
        db.commit();
        return new JdbcHallStore(db, description);
    }

    private static void migrate(String url, String schema, String dialect) {
        var config = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/" + dialect)
                .loggers("slf4j");
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    private static String schemaOf(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]currentSchema=([A-Za-z0-9_]+)").matcher(url);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public synchronized void commit(List<Change> changes) {
        inTransaction("store " + changes.size() + " change(s)", () -> {
            SqlBatch.write(sql, changes);
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
    public synchronized List<Ticket> openTickets() {
        return read("read open tickets", () -> SqlRows.tickets(sql,
                "WHERE state IN ('WAITING', 'CALLED') ORDER BY queued_at, id"));
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
    public synchronized List<Appointment> appointmentsOn(LocalDate day) {
        return read("read appointments", () -> SqlRows.appointmentsOfDay(sql, day.toString()));
    }

    @Override
    public void forEachTicket(LocalDate from, LocalDate to, java.util.function.BiConsumer<Ticket, RatingRecord> each) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String d = day.toString();
            List<SqlRows.RatedTicket> rows;
            synchronized (this) {
                rows = read("read tickets with ratings", () -> SqlRows.ratedTickets(sql, d));
            }
            rows.forEach(r -> each.accept(r.ticket(), r.rating()));
        }
    }

    @Override
    public synchronized List<Appointment> appointmentsBetween(LocalDate from, LocalDate to) {
        return read("read appointments", () -> SqlRows.appointmentsBetween(sql, from.toString(), to.toString()));
    }

    @Override
    public void forEachEvent(java.time.Instant from, java.time.Instant to, java.util.Set<String> types,
                             String detailPrefix, java.util.function.Consumer<HallEvent> each) {
        if (types.isEmpty()) {
            return;
        }
        List<String> sorted = types.stream().sorted().toList();
        long end = to.toEpochMilli();
        long chunk = java.time.Duration.ofDays(1).toMillis();
        for (long start = from.toEpochMilli(); start < end; start += chunk) {
            long a = start;
            long b = Math.min(end, start + chunk);
            List<HallEvent> rows;
            synchronized (this) {
                rows = read("read events", () -> SqlRows.eventsBetween(sql, a, b, sorted, detailPrefix));
            }
            rows.forEach(each);
        }
    }

    @Override
    public synchronized List<CitizenMark> citizensOn(LocalDate day) {
        return read("read citizens", () -> SqlRows.citizensOfDay(sql, day.toString()));
    }

    @Override
    public synchronized List<HallEvent> events(long afterSeq, int limit) {
        return read("read events", () -> SqlRows.events(sql, afterSeq, limit));
    }

    @Override
    public synchronized Optional<ConfigRevision> latestConfig() {
        return read("read the configuration", () -> SqlRows.latestConfig(sql));
    }

    @Override
    public synchronized List<Account> accounts() {
        return read("read accounts", () -> SqlRows.accounts(sql));
    }

    @Override
    public synchronized List<AuditEntry> audit(int limit) {
        return read("read the audit trail", () -> SqlRows.audit(sql, limit));
    }

    @Override
    public Optional<SqlAccess> sql() {
        return Optional.of(new SqlAccess() {
            @Override
            public <T> T write(String what, Work<T> work) {
                synchronized (JdbcHallStore.this) {
                    return inTransaction(what, () -> work.run(db));
                }
            }

            @Override
            public <T> T read(String what, Work<T> work) {
                synchronized (JdbcHallStore.this) {
                    return JdbcHallStore.this.read(what, () -> work.run(db));
                }
            }

            @Override
            public String dialect() {
                return dialect;
            }
        });
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
            try {
                db.rollback(); // PostgreSQL refuses everything after a failed statement until then
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreFailure("could not " + what + ": " + e.getMessage(), e);
        }
    }
}
