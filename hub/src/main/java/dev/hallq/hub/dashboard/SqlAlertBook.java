package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.SqlAccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alerts in the hall's database (SQLite or PostgreSQL, table {@code alerts} of migration V8), through the store's own
 * connection and lock. A partial unique index keeps one open alert per kind and subject even if two hubs shared it.
 */
final class SqlAlertBook implements AlertBook {
    private static final String COLUMNS = "id, kind, severity, subject_type, subject, message_zh, message_en, raised_at, "
            + "resolved_at, acknowledged_by, acknowledged_at";

    private final SqlAccess sql;

    SqlAlertBook(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public Alert raise(Alert alert) {
        long id = sql.write("raise alert " + alert.key(), db -> {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO alerts (kind, severity, subject_type, subject, "
                    + "message_zh, message_en, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, alert.kind().name());
                s.setString(2, alert.severity().name());
                s.setString(3, alert.subjectType().name());
                s.setString(4, alert.subject());
                s.setString(5, alert.messageZh());
                s.setString(6, alert.messageEn());
                s.setLong(7, alert.raisedAt().toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return alert.withId(id);
    }

    @Override
    public void resolve(long id, Instant at) {
        sql.write("resolve alert " + id, db -> update(db,
                "UPDATE alerts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL", at.toEpochMilli(), id));
    }

    @Override
    public boolean acknowledge(long id, String by, Instant at) {
        return sql.write("acknowledge alert " + id, db -> {
            try (PreparedStatement s = db.prepareStatement(
                    "UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_by IS NULL")) {
                s.setString(1, by);
                s.setLong(2, at.toEpochMilli());
                s.setLong(3, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Alert> find(long id) {
        return sql.read("read alert " + id, db -> query(db, "WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public List<Alert> open() {
        return sql.read("read open alerts", db -> query(db, "WHERE resolved_at IS NULL ORDER BY raised_at, id"));
    }

    @Override
    public List<Alert> list(Boolean open, Instant since, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (open != null) {
            where.append(open ? " AND resolved_at IS NULL" : " AND resolved_at IS NOT NULL");
        }
        if (since != null) {
            where.append(" AND raised_at >= ?");
            params.add(since.toEpochMilli());
        }
        where.append(" ORDER BY raised_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return sql.read("list alerts", db -> query(db, where.toString(), params.toArray()));
    }

    private static int update(Connection db, String statement, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(statement)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    private static List<Alert> query(Connection db, String where, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM alerts " + where)) {
            bind(s, params);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Alert(rs.getLong(1), AlertKind.valueOf(rs.getString(2)),
                            AlertKind.Severity.valueOf(rs.getString(3)), AlertKind.Subject.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)),
                            instant(rs, 9), rs.getString(10), instant(rs, 11)));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (p == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setString(i + 1, p.toString());
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
