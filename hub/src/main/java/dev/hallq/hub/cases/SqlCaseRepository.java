package dev.hallq.hub.cases;

import dev.hallq.hub.store.SqlAccess;
import dev.hallq.protocol.RatingLevel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cases in the hall's own database (SQLite or PostgreSQL, tables of migration V7), through the store's connection and
 * lock: a case and its history line are written in one transaction, and a step only lands on the version it was
 * decided on.
 */
public final class SqlCaseRepository implements CaseRepository {
    private static final String COLUMNS = "id, ticket_id, ticket_number, ticket_day, window_no, staff_no, service_id, "
            + "service_name, department, level, reasons, comment, rated_at, opened_at, deadline, state, called_back, reached, "
            + "closed_at, appeal_by, appeal_reason, appeal_from, appeal_decision, appeal_decided_by, updated_at, version";

    private final SqlAccess sql;

    public SqlCaseRepository(SqlAccess sql) {
        this.sql = sql;
    }

    @Override
    public long lastEventSeq() {
        return sql.read("read the case cursor", SqlCaseRepository::cursor);
    }

    @Override
    public Optional<BadRatingCase> open(BadRatingCase fresh, CaseEntry opened, long eventSeq) {
        return sql.write("open a case for ticket " + fresh.ticketId(), db -> {
            moveCursor(db, eventSeq);
            if (one(db, "WHERE ticket_id = ?", fresh.ticketId()).isPresent()) {
                return Optional.empty();
            }
            try (PreparedStatement s = db.prepareStatement("INSERT INTO rating_cases (ticket_id, ticket_number, ticket_day, "
                    + "window_no, staff_no, service_id, service_name, department, level, reasons, comment, rated_at, opened_at, "
                    + "deadline, state, called_back, reached, closed_at, appeal_by, appeal_reason, appeal_from, appeal_decision, "
                    + "appeal_decided_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?)")) {
                s.setString(1, fresh.ticketId());
                s.setString(2, fresh.ticketNumber());
                s.setString(3, fresh.ticketDay().toString());
                s.setInt(4, fresh.window());
                s.setString(5, fresh.staffNo());
                s.setString(6, fresh.serviceId());
                s.setString(7, fresh.serviceName());
                s.setString(8, fresh.department());
                s.setString(9, fresh.level().name());
                s.setString(10, String.join("\n", fresh.reasons()));
                s.setString(11, fresh.comment());
                s.setLong(12, fresh.ratedAt().toEpochMilli());
                s.setLong(13, fresh.openedAt().toEpochMilli());
                s.setString(14, fresh.deadline().toString());
                bindChanging(s, 15, fresh);
                s.executeUpdate();
            }
            BadRatingCase stored = one(db, "WHERE ticket_id = ?", fresh.ticketId()).orElseThrow();
            insertEntry(db, stored.id(), opened);
            return Optional.of(stored);
        });
    }

    @Override
    public void advance(long eventSeq) {
        sql.write("move the case cursor", db -> {
            moveCursor(db, eventSeq);
            return null;
        });
    }

    @Override
    public Optional<BadRatingCase> find(long id) {
        return sql.read("read case " + id, db -> one(db, "WHERE id = ?", id));
    }

    @Override
    public Optional<BadRatingCase> byTicket(String ticketId) {
        return sql.read("read the case of ticket " + ticketId, db -> one(db, "WHERE ticket_id = ?", ticketId));
    }

    @Override
    public List<BadRatingCase> list(LocalDate from, LocalDate to) {
        return sql.read("list cases", db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM rating_cases "
                    + "WHERE ticket_day >= ? AND ticket_day <= ? ORDER BY id DESC")) {
                s.setString(1, from == null ? "0000-00-00" : from.toString());
                s.setString(2, to == null ? "9999-99-99" : to.toString());
                return rows(s);
            }
        });
    }

    @Override
    public List<CaseEntry> history(long id) {
        return sql.read("read the history of case " + id, db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT at, actor, action, from_state, to_state, notes, detail "
                    + "FROM rating_case_history WHERE case_id = ? ORDER BY seq")) {
                s.setLong(1, id);
                List<CaseEntry> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                                state(rs.getString(4)), CaseState.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void save(BadRatingCase next, CaseEntry entry) {
        // refusals are thrown after the transaction: the store rolls back only on SQL failures
        Boolean known = sql.write("store a step of case " + next.id(), db -> {
            try (PreparedStatement s = db.prepareStatement("UPDATE rating_cases SET state = ?, called_back = ?, reached = ?, "
                    + "closed_at = ?, appeal_by = ?, appeal_reason = ?, appeal_from = ?, appeal_decision = ?, "
                    + "appeal_decided_by = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?")) {
                bindChanging(s, 1, next);
                s.setLong(12, next.id());
                s.setInt(13, next.version() - 1);
                if (s.executeUpdate() != 1) {
                    return one(db, "WHERE id = ?", next.id()).isPresent();
                }
            }
            insertEntry(db, next.id(), entry);
            return null;
        });
        if (known != null) {
            throw known ? changedMeanwhile(next.id()) : new UnknownCase(next.id());
        }
    }

    @Override
    public List<String> badRatingsWithoutCase() {
        return sql.read("look for bad ratings without a case", db -> {
            try (PreparedStatement s = db.prepareStatement("SELECT r.ticket_id FROM ratings r WHERE r.level IN ("
                    + BadRatings.sqlList() + ") AND NOT EXISTS (SELECT 1 FROM rating_cases c WHERE c.ticket_id = r.ticket_id) "
                    + "ORDER BY r.rated_at");
                 ResultSet rs = s.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    static CaseConflict changedMeanwhile(long id) {
        return new CaseConflict("CHANGED_MEANWHILE", "case " + id + " was changed by someone else meanwhile; reload it");
    }

    /** The columns a step changes, from {@code i} on: 11 of them, state to version. */
    private static void bindChanging(PreparedStatement s, int i, BadRatingCase c) throws SQLException {
        s.setString(i, c.state().name());
        s.setInt(i + 1, c.calledBack() ? 1 : 0);
        if (c.reached() == null) {
            s.setNull(i + 2, Types.INTEGER);
        } else {
            s.setInt(i + 2, c.reached() ? 1 : 0);
        }
        if (c.closedAt() == null) {
            s.setNull(i + 3, Types.BIGINT);
        } else {
            s.setLong(i + 3, c.closedAt().toEpochMilli());
        }
        Appeal a = c.appeal();
        s.setString(i + 4, a == null ? null : a.requestedBy());
        s.setString(i + 5, a == null ? null : a.reason());
        s.setString(i + 6, a == null ? null : a.from().name());
        s.setString(i + 7, a == null || a.decision() == null ? null : a.decision().name());
        s.setString(i + 8, a == null ? null : a.decidedBy());
        s.setLong(i + 9, c.updatedAt().toEpochMilli());
        s.setInt(i + 10, c.version());
    }

    private static void insertEntry(Connection db, long caseId, CaseEntry e) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO rating_case_history (case_id, at, actor, action, "
                + "from_state, to_state, notes, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, caseId);
            s.setLong(2, e.at().toEpochMilli());
            s.setString(3, e.actor());
            s.setString(4, e.action());
            s.setString(5, e.from() == null ? null : e.from().name());
            s.setString(6, e.to().name());
            s.setString(7, e.notes());
            s.setString(8, e.detail());
            s.executeUpdate();
        }
    }

    private static long cursor(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT last_event_seq FROM rating_case_cursor WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void moveCursor(Connection db, long eventSeq) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE rating_case_cursor SET last_event_seq = ? WHERE id = 1 AND last_event_seq < ?")) {
            s.setLong(1, eventSeq);
            s.setLong(2, eventSeq);
            s.executeUpdate();
        }
    }

    private static Optional<BadRatingCase> one(Connection db, String where, Object key) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM rating_cases " + where)) {
            if (key instanceof Long id) {
                s.setLong(1, id);
            } else {
                s.setString(1, (String) key);
            }
            return rows(s).stream().findFirst();
        }
    }

    private static List<BadRatingCase> rows(PreparedStatement s) throws SQLException {
        List<BadRatingCase> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String reasons = rs.getString(11);
                int reached = rs.getInt(18);
                Boolean reachedValue = rs.wasNull() ? null : reached == 1;
                long closed = rs.getLong(19);
                Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
                String appealBy = rs.getString(20);
                Appeal appeal = appealBy == null ? null : new Appeal(appealBy, rs.getString(21),
                        CaseState.valueOf(rs.getString(22)),
                        rs.getString(23) == null ? null : Appeal.Decision.valueOf(rs.getString(23)), rs.getString(24));
                out.add(new BadRatingCase(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        RatingLevel.valueOf(rs.getString(10)),
                        reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
                        rs.getString(12), Instant.ofEpochMilli(rs.getLong(13)), Instant.ofEpochMilli(rs.getLong(14)),
                        LocalDate.parse(rs.getString(15)), CaseState.valueOf(rs.getString(16)), rs.getInt(17) == 1,
                        reachedValue, closedAt, appeal, Instant.ofEpochMilli(rs.getLong(25)), rs.getInt(26)));
            }
        }
        return out;
    }

    private static CaseState state(String name) {
        return name == null ? null : CaseState.valueOf(name);
    }
}
