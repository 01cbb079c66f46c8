package dev.hallq.hub.store;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AdminRecord;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing a batch of changes in plain SQL that any JDBC backend of the store can share: one JDBC batch per
 * kind of row, a round trip each, not one per row.
 */
final class SqlBatch {
    private static final String INSERT_TICKET = "INSERT INTO tickets (" + SqlRows.TICKET_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_TICKET = "UPDATE tickets SET state = ?, called_at = ?, finished_at = ?, "
            + "window_no = ?, staff_no = ?, calls = ?, service_id = ?, queued_at = ?, reserved_window = ?, step = ? "
            + "WHERE id = ?";
    private static final String UPSERT_WINDOW = "INSERT INTO windows (number, phase, ticket_id, call_seq, "
            + "pause_reason, since, staff_no) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET "
            + "phase = excluded.phase, ticket_id = excluded.ticket_id, call_seq = excluded.call_seq, "
            + "pause_reason = excluded.pause_reason, since = excluded.since, staff_no = excluded.staff_no";
    private static final String INSERT_CALL =
            "INSERT INTO calls (seq, ticket_id, window_no, recall, staff_no, called_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_RATING = "INSERT INTO ratings (ticket_id, request_id, window_no, device_id, "
            + "level, reasons, comment, rated_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CITIZEN =
            "INSERT INTO citizens (ticket_id, id_hash, masked_id, masked_name) VALUES (?, ?, ?, ?)";
    private static final String UPSERT_APPOINTMENT = "INSERT INTO appointments (code, service_id, day, slot, id_hash, "
            + "masked_id, masked_name, state, ticket_id, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (code) DO UPDATE SET state = excluded.state, ticket_id = excluded.ticket_id";
    private static final String INSERT_EVENT =
            "INSERT INTO events (at, type, ticket_id, window_no, staff_no, detail) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONFIG = "INSERT INTO hall_config (revision, document, source, file_hash, "
            + "saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPSERT_ACCOUNT = "INSERT INTO accounts (username, role, staff_no, password_hash, active, "
            + "changed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET role = excluded.role, "
            + "staff_no = excluded.staff_no, password_hash = excluded.password_hash, active = excluded.active, "
            + "changed_at = excluded.changed_at";
    private static final String INSERT_AUDIT =
            "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)";

    private SqlBatch() {
    }

    /**
     * Writes a batch of changes with one JDBC batch per kind of row (a round trip each, not one per row);
     * the caller owns the transaction. Within a kind the order of the changes is kept; across kinds no
     * order matters, since tickets are inserted before they are updated and nothing else refers to rows.
     */
    static void write(Statements db, List<Change> changes) throws SQLException {
        PreparedStatement insertTicket = db.get(INSERT_TICKET);
        PreparedStatement updateTicket = db.get(UPDATE_TICKET);
        PreparedStatement upsertWindow = db.get(UPSERT_WINDOW);
        PreparedStatement insertCall = db.get(INSERT_CALL);
        PreparedStatement insertRating = db.get(INSERT_RATING);
        PreparedStatement insertEvent = db.get(INSERT_EVENT);
        PreparedStatement insertCitizen = db.get(INSERT_CITIZEN);
        PreparedStatement upsertAppointment = db.get(UPSERT_APPOINTMENT);
        List<String> updated = new ArrayList<>();
        List<AdminRecord> admin = new ArrayList<>();
        for (Change change : changes) {
            admin.addAll(change.admin());
            for (Ticket t : change.issued()) {
                bindTicket(insertTicket, t);
                insertTicket.addBatch();
            }
            for (Ticket t : change.tickets()) {
                bindUpdate(updateTicket, t);
                updateTicket.addBatch();
                updated.add(t.id());
            }
            for (WindowDesk w : change.windows()) {
                bindWindow(upsertWindow, w);
                upsertWindow.addBatch();
            }
            for (CallRecord c : change.calls()) {
                bindCall(insertCall, c);
                insertCall.addBatch();
            }
            for (RatingRecord r : change.ratings()) {
                bindRating(insertRating, r);
                insertRating.addBatch();
            }
            for (HallEvent e : change.events()) {
                bindEvent(insertEvent, e);
                insertEvent.addBatch();
            }
            for (Appointment a : change.appointments()) {
                bindAppointment(upsertAppointment, a);
                upsertAppointment.addBatch();
            }
            for (CitizenMark c : change.citizens()) {
                insertCitizen.setString(1, c.ticketId());
                insertCitizen.setString(2, c.idHash());
                insertCitizen.setString(3, c.maskedId());
                insertCitizen.setString(4, c.maskedName());
                insertCitizen.addBatch();
            }
        }
        List<PreparedStatement> all = List.of(insertTicket, updateTicket, upsertWindow, insertCall, insertRating,
                insertEvent, insertCitizen, upsertAppointment);
        try {
            insertTicket.executeBatch();
            int[] counts = updateTicket.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new SQLException("no ticket " + updated.get(i) + " to update");
                }
            }
            upsertWindow.executeBatch();
            insertCall.executeBatch();
            insertRating.executeBatch();
            insertEvent.executeBatch();
            insertCitizen.executeBatch();
            upsertAppointment.executeBatch();
            if (!admin.isEmpty()) {
                writeAdmin(db, admin);
            }
        } catch (SQLException e) {
            for (PreparedStatement s : all) {
                s.clearBatch(); // the statements are reused: nothing of a failed batch may ride along with the next
            }
            throw e;
        }
    }

    /** The office's records are rare (a configuration change, a log-in): one statement each, in order. */
    private static void writeAdmin(Statements db, List<AdminRecord> records) throws SQLException {
        for (AdminRecord r : records) {
            if (r instanceof ConfigRevision v) {
                PreparedStatement s = db.get(INSERT_CONFIG);
                s.setLong(1, v.revision());
                s.setString(2, v.document());
                s.setString(3, v.source());
                s.setString(4, v.fileHash());
                s.setLong(5, v.savedAt().toEpochMilli());
                s.setString(6, v.savedBy());
                s.executeUpdate();
            } else if (r instanceof Account a) {
                PreparedStatement s = db.get(UPSERT_ACCOUNT);
                s.setString(1, a.username());
                s.setString(2, a.role().name());
                s.setString(3, a.staffNo());
                s.setString(4, a.passwordHash());
                s.setInt(5, a.active() ? 1 : 0);
                s.setLong(6, a.changedAt().toEpochMilli());
                s.executeUpdate();
            } else if (r instanceof AuditEntry e) {
                PreparedStatement s = db.get(INSERT_AUDIT);
                s.setLong(1, e.at().toEpochMilli());
                s.setString(2, e.actor());
                s.setString(3, e.action());
                s.setString(4, e.target());
                s.setString(5, e.detail());
                s.executeUpdate();
            }
        }
    }

    private static void bindTicket(PreparedStatement s, Ticket t) throws SQLException {
        s.setString(1, t.id());
        s.setString(2, t.day().toString());
        s.setString(3, t.serviceId());
        s.setString(4, t.number());
        s.setInt(5, t.sequence());
        s.setString(6, t.state().name());
        s.setInt(7, t.priority() ? 1 : 0);
        s.setString(8, t.kioskId());
        s.setLong(9, t.issuedAt().toEpochMilli());
        setInstant(s, 10, t.calledAt());
        setInstant(s, 11, t.finishedAt());
        setInteger(s, 12, t.window());
        s.setString(13, t.staffNo());
        s.setInt(14, t.calls());
        s.setLong(15, t.queuedAt().toEpochMilli());
        setInteger(s, 16, t.reservedWindow());
        setInstant(s, 17, t.appointmentAt());
        s.setString(18, t.bundleId());
        s.setInt(19, t.step());
    }

    private static void bindUpdate(PreparedStatement s, Ticket t) throws SQLException {
        s.setString(1, t.state().name());
        setInstant(s, 2, t.calledAt());
        setInstant(s, 3, t.finishedAt());
        setInteger(s, 4, t.window());
        s.setString(5, t.staffNo());
        s.setInt(6, t.calls());
        s.setString(7, t.serviceId());
        s.setLong(8, t.queuedAt().toEpochMilli());
        setInteger(s, 9, t.reservedWindow());
        s.setInt(10, t.step());
        s.setString(11, t.id());
    }

    private static void bindWindow(PreparedStatement s, WindowDesk w) throws SQLException {
        s.setInt(1, w.number());
        s.setString(2, w.phase().name());
        s.setString(3, w.ticketId());
        s.setLong(4, w.callSeq());
        s.setString(5, w.pauseReason());
        s.setLong(6, w.since().toEpochMilli());
        s.setString(7, w.staffNo());
    }

    private static void bindCall(PreparedStatement s, CallRecord c) throws SQLException {
        s.setLong(1, c.seq());
        s.setString(2, c.ticketId());
        s.setInt(3, c.window());
        s.setInt(4, c.recall() ? 1 : 0);
        s.setString(5, c.staffNo());
        s.setLong(6, c.calledAt().toEpochMilli());
    }

    private static void bindRating(PreparedStatement s, RatingRecord r) throws SQLException {
        s.setString(1, r.ticketId());
        s.setString(2, r.requestId());
        s.setInt(3, r.window());
        s.setString(4, r.deviceId());
        s.setString(5, r.level().name());
        s.setString(6, String.join("\n", r.reasons()));
        s.setString(7, r.comment());
        s.setLong(8, r.ratedAt().toEpochMilli());
        s.setLong(9, r.receivedAt().toEpochMilli());
    }

    private static void bindAppointment(PreparedStatement s, Appointment a) throws SQLException {
        s.setString(1, a.code());
        s.setString(2, a.serviceId());
        s.setString(3, a.day().toString());
        s.setString(4, a.slot().toString());
        s.setString(5, a.idHash());
        s.setString(6, a.maskedId());
        s.setString(7, a.maskedName());
        s.setString(8, a.state().name());
        s.setString(9, a.ticketId());
        s.setLong(10, a.bookedAt().toEpochMilli());
    }

    private static void bindEvent(PreparedStatement s, HallEvent e) throws SQLException {
        s.setLong(1, e.at().toEpochMilli());
        s.setString(2, e.type());
        s.setString(3, e.ticketId());
        setInteger(s, 4, e.window());
        s.setString(5, e.staffNo());
        s.setString(6, e.detail());
    }

    private static void setInstant(PreparedStatement s, int i, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value.toEpochMilli());
        }
    }

    private static void setInteger(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

}
