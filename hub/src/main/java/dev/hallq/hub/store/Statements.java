package dev.hallq.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Prepared statements of one connection, prepared once and reused: the store's hot path. */
final class Statements implements AutoCloseable {
    private final Connection db;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection db) {
        this.db = db;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = db.prepareStatement(sql);
            prepared.put(sql, s);
        }
        s.clearParameters();
        return s;
    }

    Connection connection() {
        return db;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : prepared.values()) {
            s.close();
        }
        prepared.clear();
    }
}
