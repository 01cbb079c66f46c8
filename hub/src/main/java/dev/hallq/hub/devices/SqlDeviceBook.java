package dev.hallq.hub.devices;

import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.store.SqlAccess;
import dev.hallq.protocol.DeviceKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The device book in the hall's database (table {@code devices}, migration V10). A change and its line in the
 * hall's audit trail ({@code audit_log}) are written in one transaction. The SQL is the same on SQLite and
 * PostgreSQL.
 */
final class SqlDeviceBook implements DeviceBook {
    private static final String SELECT = "SELECT id, kind, window_number, name, registered_by, registered_at, "
            + "revoked_by, revoked_at, reason FROM devices ORDER BY id";
    private static final String UPSERT = "INSERT INTO devices (id, kind, window_number, name, registered_by, "
            + "registered_at, revoked_by, revoked_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, window_number = excluded.window_number, "
            + "name = excluded.name, registered_by = excluded.registered_by, registered_at = excluded.registered_at, "
            + "revoked_by = excluded.revoked_by, revoked_at = excluded.revoked_at, reason = excluded.reason";
    private static final String AUDIT = "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)";

    private final SqlAccess db;

    SqlDeviceBook(SqlAccess db) {
        this.db = db;
    }

    @Override
    public List<RegisteredDevice> all() {
        return db.read("read the registered devices", c -> {
            List<RegisteredDevice> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int window = rs.getInt(3);
                    Integer windowOrNull = rs.wasNull() ? null : window;
                    out.add(new RegisteredDevice(rs.getString(1), DeviceKind.valueOf(rs.getString(2)), windowOrNull,
                            rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7),
                            instant(rs, 8), rs.getString(9)));
                }
            }
            return out;
        });
    }

    @Override
    public void save(RegisteredDevice d, AuditEntry audit) {
        db.write("keep device " + d.id(), c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                s.setString(1, d.id());
                s.setString(2, d.kind().name());
                if (d.window() == null) {
                    s.setNull(3, Types.INTEGER);
                } else {
                    s.setInt(3, d.window());
                }
                s.setString(4, d.name());
                s.setString(5, d.registeredBy());
                s.setLong(6, d.registeredAt().toEpochMilli());
                s.setString(7, d.revokedBy());
                if (d.revokedAt() == null) {
                    s.setNull(8, Types.BIGINT);
                } else {
                    s.setLong(8, d.revokedAt().toEpochMilli());
                }
                s.setString(9, d.reason());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(AUDIT)) {
                s.setLong(1, audit.at().toEpochMilli());
                s.setString(2, audit.actor());
                s.setString(3, audit.action());
                s.setString(4, audit.target());
                s.setString(5, audit.detail());
                s.executeUpdate();
            }
            return null;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
