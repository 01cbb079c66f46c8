package dev.hallq.hub.dashboard;

import java.time.Instant;

/**
 * One alert on the manager's dashboard: raised when its condition starts, resolved when it ends (by itself, or for a
 * bad rating when acknowledged), and acknowledged by a manager at most once.
 *
 * @param subject the window number, service id, device id or ticket id the alert is about
 */
public record Alert(long id, AlertKind kind, AlertKind.Severity severity, AlertKind.Subject subjectType, String subject,
                    String messageZh, String messageEn, Instant raisedAt, Instant resolvedAt, String acknowledgedBy,
                    Instant acknowledgedAt) {

    public Alert {
        if (kind == null || subject == null || subject.isBlank() || raisedAt == null) {
            throw new IllegalArgumentException("an alert needs a kind, a subject and when it was raised");
        }
        severity = severity == null ? kind.severity() : severity;
        subjectType = subjectType == null ? kind.subject() : subjectType;
    }

    /** A new alert, before the book gives it its id. */
    public static Alert raised(AlertKind kind, String subject, String messageZh, String messageEn, Instant at) {
        return new Alert(0, kind, kind.severity(), kind.subject(), subject, messageZh, messageEn, at, null, null, null);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    /** One open alert per key: the kind and its subject. */
    public String key() {
        return key(kind, subject);
    }

    static String key(AlertKind kind, String subject) {
        return kind.name() + "/" + subject;
    }

    Alert withId(long newId) {
        return new Alert(newId, kind, severity, subjectType, subject, messageZh, messageEn, raisedAt, resolvedAt,
                acknowledgedBy, acknowledgedAt);
    }

    Alert resolved(Instant at) {
        return new Alert(id, kind, severity, subjectType, subject, messageZh, messageEn, raisedAt, at, acknowledgedBy,
                acknowledgedAt);
    }

    Alert acknowledgedBy(String who, Instant at) {
        return new Alert(id, kind, severity, subjectType, subject, messageZh, messageEn, raisedAt, resolvedAt, who, at);
    }
}
