package dev.hallq.hub.cases;

import java.time.Instant;

/**
 * One line of a case's history, which is its audit trail: who did what, when, from which state to which, and the
 * notes they wrote. {@code action} is OPENED, a {@link CaseStep} name, APPEAL, APPEAL_UPHELD or APPEAL_REJECTED;
 * {@code detail} carries what the notes do not: REACHED / NOT_REACHED for a call-back, FROM_RATING /
 * FROM_STARTUP_CHECK for how a case was opened.
 */
public record CaseEntry(Instant at, String actor, String action, CaseState from, CaseState to, String notes,
                        String detail) {
}
