package dev.hallq.hub.export;

import dev.hallq.hub.store.SqlAccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The outbox in the hall's database (table {@code export_outbox}, migration V9), same SQL on SQLite and PostgreSQL. */
public final class SqlExportOutbox implements ExportOutbox {
    private static final String COLUMNS =
            "seq, id, payload, state, queued_at, attempts, last_try_at, last_error, delivered_at";
    private final SqlAccess sql;

    public SqlExportOutbox(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public boolean enqueue(String id, String payload, Instant at) {
        return sql.write("queue export " + id, db -> {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO export_outbox (id, payload, state, queued_at, "
                    + "attempts) VALUES (?, ?, 'PENDING', ?, 0) ON CONFLICT (id) DO NOTHING")) {
                s.setString(1, id);
                s.setString(2, payload);
                s.setLong(3, at.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        return list(OutboxEntry.State.PENDING, limit);
    }

    @Override
    public void delivered(List<String> ids, Instant at) {
        sql.write("mark exports delivered", db -> each(db, ids, "UPDATE export_outbox SET state = 'DELIVERED', "
                + "attempts = attempts + 1, last_try_at = ?, delivered_at = ? WHERE id = ?", (s, id) -> {
            s.setLong(1, at.toEpochMilli());
            s.setLong(2, at.toEpochMilli());
            s.setString(3, id);
        }));
    }

    @Override
    public void attemptFailed(List<String> ids, Instant at, String error) {
        sql.write("note a failed export", db -> each(db, ids, "UPDATE export_outbox SET attempts = attempts + 1, "
                + "last_try_at = ?, last_error = ? WHERE id = ?", (s, id) -> {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, error);
            s.setString(3, id);
        }));
    }

    @Override
    public void refused(String id, Instant at, String answer) {
        sql.write("park a refused export", db -> each(db, List.of(id), "UPDATE export_outbox SET state = 'FAILED', "
                + "attempts = attempts + 1, last_try_at = ?, last_error = ? WHERE id = ?", (s, x) -> {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, answer);
            s.setString(3, x);
        }));
    }

    @Override
    public boolean retry(String id) {
        return sql.write("retry export " + id, db -> {
            try (PreparedStatement s = db.prepareStatement("UPDATE export_outbox SET state = 'PENDING', attempts = 0 "
                    + "WHERE id = ? AND state = 'FAILED'")) {
                s.setString(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<OutboxEntry> find(String id) {
        return sql.read("read export " + id, db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM export_outbox WHERE id = ?")) {
                s.setString(1, id);
                List<OutboxEntry> found = rows(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<OutboxEntry> list(OutboxEntry.State state, int limit) {
        return sql.read("list exports", db -> {
            String where = state == null ? "" : " WHERE state = ?";
            try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM export_outbox" + where
                    + " ORDER BY seq LIMIT ?")) {
                int i = 1;
                if (state != null) {
                    s.setString(i++, state.name());
                }
                s.setInt(i, limit);
                return rows(s);
            }
        });
    }

    @Override
    public Map<OutboxEntry.State, Long> counts() {
        return sql.read("count exports", db -> {
            Map<OutboxEntry.State, Long> counts = new EnumMap<>(OutboxEntry.State.class);
            for (OutboxEntry.State st : OutboxEntry.State.values()) {
                counts.put(st, 0L);
            }
            try (PreparedStatement s = db.prepareStatement("SELECT state, COUNT(*) FROM export_outbox GROUP BY state");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(OutboxEntry.State.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    @Override
    public OptionalLong cursor() {
        return sql.read("read the export cursor", db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT last_seq FROM export_cursor WHERE name = 'events'");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    @Override
    public void cursor(long lastSeq) {
        sql.write("move the export cursor", db -> {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO export_cursor (name, last_seq) VALUES ('events', ?) "
                    + "ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq")) {
                s.setLong(1, lastSeq);
                return s.executeUpdate();
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement s, String id) throws SQLException;
    }

    private static int each(Connection db, List<String> ids, String update, Binder binder) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(update)) {
            for (String id : ids) {
                binder.bind(s, id);
                s.addBatch();
            }
            return s.executeBatch().length;
        }
    }

    private static List<OutboxEntry> rows(PreparedStatement s) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        OutboxEntry.State.valueOf(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6),
                        instant(rs, 7), rs.getString(8), instant(rs, 9)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
