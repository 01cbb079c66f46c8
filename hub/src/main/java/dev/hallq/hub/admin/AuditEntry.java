package dev.hallq.hub.admin;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to what, when. Configuration changes, account changes, log-ins
 * and views of personal data are audited.
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) implements AdminRecord {
    public AuditEntry {
        if (at == null || actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry says when, who and what");
        }
    }
}
