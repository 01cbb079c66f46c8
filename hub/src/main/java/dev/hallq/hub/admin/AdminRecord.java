package dev.hallq.hub.admin;

/** What the hall office keeps besides the queue: configuration revisions, log-in accounts and the audit trail. */
public sealed interface AdminRecord permits ConfigRevision, Account, AuditEntry {
}
