package dev.hallq.hub.store;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.WindowPhase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reading rows back, in plain SQL that any JDBC backend of the store can share; writing is {@link SqlBatch}. */
final class SqlRows {
    static final String TICKET_COLUMNS = "id, day, service_id, number, sequence, state, priority, kiosk_id, "
            + "issued_at, called_at, finished_at, window_no, staff_no, calls, queued_at, reserved_window, appointment_at, "
            + "bundle_id, step";
    private static final String RATING_COLUMNS = "r.ticket_id, r.request_id, r.window_no, r.device_id, r.level, r.reasons, "
            + "r.comment, r.rated_at, r.received_at";

    private SqlRows() {
    }

    static Optional<ConfigRevision> latestConfig(Statements db) throws SQLException {
        PreparedStatement s = db.get("SELECT revision, document, source, file_hash, saved_at, saved_by FROM hall_config "
                + "ORDER BY revision DESC LIMIT 1");
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new ConfigRevision(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6))) : Optional.empty();
        }
    }

    static List<Account> accounts(Statements db) throws SQLException {
        PreparedStatement s = db.get("SELECT username, role, staff_no, password_hash, active, changed_at FROM accounts "
                + "ORDER BY username");
        List<Account> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getInt(5) == 1, Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
        return out;
    }

    static List<AuditEntry> audit(Statements db, int limit) throws SQLException {
        PreparedStatement s = db.get("SELECT at, actor, action, target, detail FROM audit_log ORDER BY seq DESC LIMIT ?");
        s.setInt(1, limit);
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    static List<Appointment> appointmentsOfDay(Statements db, String day) throws SQLException {
        return appointmentsBetween(db, day, day);
    }

    static List<Ticket> tickets(Statements db, String where, String... params) throws SQLException {
        PreparedStatement s = db.get("SELECT " + TICKET_COLUMNS + " FROM tickets " + where);
        {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(ticket(rs));
                }
            }
            return out;
        }
    }

    static List<WindowDesk> windows(Statements db) throws SQLException {
        PreparedStatement s = db.get(
                "SELECT number, phase, ticket_id, call_seq, pause_reason, since, staff_no FROM windows ORDER BY number");
        try (ResultSet rs = s.executeQuery()) {
            List<WindowDesk> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new WindowDesk(rs.getInt(1), WindowPhase.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7)));
            }
            return out;
        }
    }

    static List<CallRecord> calls(Statements db, int limit) throws SQLException {
        PreparedStatement s = db.get(
                "SELECT seq, ticket_id, window_no, recall, staff_no, called_at FROM calls ORDER BY seq DESC LIMIT ?");
        {
            s.setInt(1, limit);
            List<CallRecord> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new CallRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) == 1,
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        }
    }

    static Optional<RatingRecord> rating(Statements db, String ticketId) throws SQLException {
        List<RatingRecord> found = ratings(db, "SELECT " + RATING_COLUMNS + " FROM ratings r WHERE r.ticket_id = ?", ticketId);
        return found.stream().findFirst();
    }

    static List<RatingRecord> ratingsOfDay(Statements db, String day) throws SQLException {
        return ratings(db, "SELECT " + RATING_COLUMNS + " FROM ratings r JOIN tickets t ON t.id = r.ticket_id "
                + "WHERE t.day = ? ORDER BY r.rated_at", day);
    }

    private static List<RatingRecord> ratings(Statements db, String sql, String param) throws SQLException {
        PreparedStatement s = db.get(sql);
        {
            s.setString(1, param);
            List<RatingRecord> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rating(rs, 0));
                }
            }
            return out;
        }
    }

    /** A ticket and its rating (null when unrated), read in one query for reports. */
    record RatedTicket(Ticket ticket, RatingRecord rating) {
    }

    static List<RatedTicket> ratedTickets(Statements db, String day) throws SQLException {
        String t = TICKET_COLUMNS.replaceAll("(^|, )", "$1t.");
        PreparedStatement s = db.get("SELECT " + t + ", " + RATING_COLUMNS + " FROM tickets t "
                + "LEFT JOIN ratings r ON r.ticket_id = t.id WHERE t.day = ? ORDER BY t.issued_at, t.id");
        s.setString(1, day);
        List<RatedTicket> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new RatedTicket(ticket(rs), rs.getString(20) == null ? null : rating(rs, 19)));
            }
        }
        return out;
    }

    static List<Appointment> appointmentsBetween(Statements db, String from, String to) throws SQLException {
        PreparedStatement s = db.get("SELECT code, service_id, day, slot, id_hash, masked_id, masked_name, state, "
                + "ticket_id, booked_at FROM appointments WHERE day >= ? AND day <= ? ORDER BY day, slot, code");
        s.setString(1, from);
        s.setString(2, to);
        List<Appointment> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Appointment(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        java.time.LocalTime.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        Appointment.State.valueOf(rs.getString(8)), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10))));
            }
        }
        return out;
    }

    static List<HallEvent> eventsBetween(Statements db, long from, long to, List<String> types, String detailPrefix)
            throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(types.size(), "?"));
        PreparedStatement s = db.get("SELECT seq, at, type, ticket_id, window_no, staff_no, detail FROM events "
                + "WHERE type IN (" + marks + ") AND at >= ? AND at < ?"
                + (detailPrefix == null ? "" : " AND detail LIKE ? ESCAPE '!'") + " ORDER BY at, seq");
        int i = 1;
        for (String type : types) {
            s.setString(i++, type);
        }
        s.setLong(i++, from);
        s.setLong(i++, to);
        if (detailPrefix != null) {
            s.setString(i, detailPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        List<HallEvent> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(event(rs));
            }
        }
        return out;
    }

    /** An event row read as {@code SELECT seq, at, type, ticket_id, window_no, staff_no, detail}. */
    private static HallEvent event(ResultSet rs) throws SQLException {
        return new HallEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                integer(rs, 5), rs.getString(6), rs.getString(7));
    }

    static List<CitizenMark> citizensOfDay(Statements db, String day) throws SQLException {
        PreparedStatement s = db.get("SELECT c.ticket_id, c.id_hash, c.masked_id, c.masked_name FROM citizens c "
                + "JOIN tickets t ON t.id = c.ticket_id WHERE t.day = ?");
        s.setString(1, day);
        List<CitizenMark> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new CitizenMark(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    static List<HallEvent> events(Statements db, long afterSeq, int limit) throws SQLException {
        PreparedStatement s = db.get("SELECT seq, at, type, ticket_id, window_no, staff_no, detail "
                + "FROM events WHERE seq > ? ORDER BY seq LIMIT ?");
        {
            s.setLong(1, afterSeq);
            s.setInt(2, limit);
            List<HallEvent> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
            return out;
        }
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getInt(5), TicketState.valueOf(rs.getString(6)), rs.getInt(7) == 1,
                rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)), instant(rs, 10), instant(rs, 11),
                integer(rs, 12), rs.getString(13), rs.getInt(14), instant(rs, 15), integer(rs, 16),
                instant(rs, 17), rs.getString(18), rs.getInt(19));
    }

    /** The rating in the nine columns after column {@code skip}. */
    private static RatingRecord rating(ResultSet rs, int skip) throws SQLException {
        String reasons = rs.getString(skip + 6);
        return new RatingRecord(rs.getString(skip + 1), rs.getString(skip + 2), rs.getInt(skip + 3),
                rs.getString(skip + 4), RatingLevel.valueOf(rs.getString(skip + 5)),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")), rs.getString(skip + 7),
                Instant.ofEpochMilli(rs.getLong(skip + 8)), Instant.ofEpochMilli(rs.getLong(skip + 9)));
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
