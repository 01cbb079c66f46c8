package dev.hallq.hub.privacy;

import dev.hallq.hub.store.SqlAccess;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The sealed names in the hall's database (table {@code citizen_names}, migration V9). */
public final class SqlCitizenNames implements CitizenNames {
    private final SqlAccess sql;

    public SqlCitizenNames(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public void keep(String ticketId, String sealed, Instant at) {
        sql.write("keep a citizen name", db -> {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO citizen_names (ticket_id, sealed, kept_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING")) {
                s.setString(1, ticketId);
                s.setString(2, sealed);
                s.setLong(3, at.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<KeptName> find(String ticketId) {
        return sql.read("read a citizen name", db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT sealed, kept_at, purged_at FROM citizen_names "
                    + "WHERE ticket_id = ?")) {
                s.setString(1, ticketId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String sealed = rs.getString(1);
                    Instant keptAt = Instant.ofEpochMilli(rs.getLong(2));
                    long purged = rs.getLong(3);
                    return Optional.of(new KeptName(ticketId, sealed, keptAt, rs.wasNull() ? null : Instant.ofEpochMilli(purged)));
                }
            }
        });
    }

    @Override
    public int purgeKeptBefore(Instant keptBefore, Instant now) {
        return sql.write("purge citizen names", db -> {
            try (PreparedStatement s = db.prepareStatement("UPDATE citizen_names SET sealed = NULL, purged_at = ? "
                    + "WHERE sealed IS NOT NULL AND kept_at <= ?")) {
                s.setLong(1, now.toEpochMilli());
                s.setLong(2, keptBefore.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }
}
