package dev.hallq.hub.cases;

import dev.hallq.protocol.RatingLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A bad-rating case (差评工单): one per 不满意 / 非常不满意 rating, assigned to the department of the rated ticket's
 * service, with a deadline in working days. Immutable: each step makes the next value and the history line that tells
 * of it; the book stores both together.
 *
 * @param ticketDay the day of the rated ticket: what the lists and figures count by
 * @param deadline  the last day (in the hall's zone) on which the case may be closed in time
 * @param reached   after the call-back: whether the citizen was reached
 * @param closedAt  when it was closed (办结), or null
 * @param appeal    the appeal, or null if none was requested
 * @param version   counts the stored changes, so two people stepping the same case at once cannot both win
 */
public record BadRatingCase(long id, String ticketId, String ticketNumber, LocalDate ticketDay, int window, String staffNo,
                            String serviceId, String serviceName, String department, RatingLevel level,
                            List<String> reasons, String comment, Instant ratedAt, Instant openedAt, LocalDate deadline,
                            CaseState state, boolean calledBack, Boolean reached, Instant closedAt, Appeal appeal,
                            Instant updatedAt, int version) {
    static final int MAX_NOTES = 2000;

    public BadRatingCase {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A step and the history line telling of it. */
    public record Changed(BadRatingCase next, CaseEntry entry) {
    }

    /** The moment the deadline day ends in the hall's zone: from then on an unclosed case is overdue. */
    public Instant deadlineEnd(ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Not closed by the end of its deadline day, or closed after it; a withdrawn case is never overdue. */
    public boolean overdue(Instant now, ZoneId zone) {
        Instant end = deadlineEnd(zone);
        if (state == CaseState.WITHDRAWN) {
            return false;
        }
        if (state == CaseState.CLOSED) {
            return !closedAt.isBefore(end);
        }
        return !now.isBefore(end);
    }

    /** Rectified and closed (整改完成): the case counts in 差评整改率. */
    public boolean rectified() {
        return state == CaseState.CLOSED;
    }

    public Changed step(CaseStep step, String notes, Boolean citizenReached, String actor, Instant at) {
        String text = notes(notes, "notes");
        if (state != step.from()) {
            throw new CaseConflict("WRONG_STATE", "case " + id + " is " + state + " (" + state.zh() + "); " + step
                    + " needs a case that is " + step.from());
        }
        if (step == CaseStep.CALL_BACK && citizenReached == null) {
            throw new IllegalArgumentException("reached is required for CALL_BACK: was the citizen reached (true/false)?");
        }
        boolean back = calledBack || step == CaseStep.CALL_BACK;
        Boolean reachedNow = step == CaseStep.CALL_BACK ? citizenReached : reached;
        Instant closed = step == CaseStep.CLOSE ? at : closedAt;
        String detail = step == CaseStep.CALL_BACK ? (citizenReached ? "REACHED" : "NOT_REACHED") : null;
        return new Changed(with(step.to(), back, reachedNow, closed, appeal, at),
                new CaseEntry(at, actor, step.name(), state, step.to(), text, detail));
    }

    public Changed appeal(String reason, String actor, Instant at) {
        String text = notes(reason, "reason");
        if (appeal != null) {
            throw new CaseConflict("APPEAL_EXISTS", "case " + id + " was appealed already ("
                    + (appeal.pending() ? "pending" : appeal.decision()) + "); a case has one appeal");
        }
        if (state.finished()) {
            throw new CaseConflict("WRONG_STATE", "case " + id + " is " + state + " (" + state.zh()
                    + "); only a case still being worked on can be appealed");
        }
        Appeal requested = new Appeal(actor, text, state, null, null);
        return new Changed(with(CaseState.APPEALED, calledBack, reached, closedAt, requested, at),
                new CaseEntry(at, actor, "APPEAL", state, CaseState.APPEALED, text, null));
    }

    public Changed decide(boolean upheld, String notes, String actor, Instant at) {
        String text = notes(notes, "notes");
        if (state != CaseState.APPEALED || appeal == null || !appeal.pending()) {
            throw new CaseConflict("NO_APPEAL", "case " + id + " is " + state + " (" + state.zh()
                    + "); there is no pending appeal to decide");
        }
        if (appeal.requestedBy().equals(actor)) {
            throw new CaseConflict(403, "SECOND_PERSON_REQUIRED", "the appeal of case " + id + " was requested by "
                    + actor + "; a second person must decide it");
        }
        Appeal decided = new Appeal(appeal.requestedBy(), appeal.reason(), appeal.from(),
                upheld ? Appeal.Decision.UPHELD : Appeal.Decision.REJECTED, actor);
        CaseState to = upheld ? CaseState.WITHDRAWN : appeal.from();
        return new Changed(with(to, calledBack, reached, closedAt, decided, at),
                new CaseEntry(at, actor, upheld ? "APPEAL_UPHELD" : "APPEAL_REJECTED", state, to, text, null));
    }

    private BadRatingCase with(CaseState to, boolean back, Boolean reachedNow, Instant closed, Appeal appealNow, Instant at) {
        return new BadRatingCase(id, ticketId, ticketNumber, ticketDay, window, staffNo, serviceId, serviceName, department,
                level, reasons, comment, ratedAt, openedAt, deadline, to, back, reachedNow, closed, appealNow, at,
                version + 1);
    }

    private static String notes(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required: say what was done");
        }
        if (text.length() > MAX_NOTES) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_NOTES + " characters, was " + text.length());
        }
        return text.strip();
    }
}
