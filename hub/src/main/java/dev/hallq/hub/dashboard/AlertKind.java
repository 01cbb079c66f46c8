package dev.hallq.hub.dashboard;

/**
 * What an alert is about, how serious it is and what kind of thing its subject is. The threshold keys are those of
 * the hall file's {@code office.alerts} section.
 */
public enum AlertKind {
    /** People wait for a service while a window that serves it is paused, or should be staffed and is not. */
    UNSERVED_QUEUE(Severity.CRITICAL, Subject.WINDOW),
    /** A ticket of the service has waited longer than {@code waitMinutes}. */
    LONG_WAIT(Severity.WARNING, Subject.SERVICE),
    /** 空岗: a window without staff for {@code emptyPostMinutes} while the hall is open for its services. */
    EMPTY_POST(Severity.WARNING, Subject.WINDOW),
    /** Nobody logged in at the window by its opening + {@code lateMinutes}. */
    STAFF_LATE(Severity.WARNING, Subject.WINDOW),
    /** The window's staff logged out before its closing − {@code earlyMinutes}. */
    LEFT_EARLY(Severity.WARNING, Subject.WINDOW),
    /** A device's retained status says OFFLINE. */
    DEVICE_OFFLINE(Severity.CRITICAL, Subject.DEVICE),
    /** A printer reports {@code paper=NEAR_END}. */
    PAPER_LOW(Severity.WARNING, Subject.DEVICE),
    /** A printer reports {@code paper=OUT}. */
    PAPER_OUT(Severity.CRITICAL, Subject.DEVICE),
    /** 差评: a citizen rated 不满意 or 非常不满意; it stays open until a manager acknowledges it. */
    BAD_RATING(Severity.WARNING, Subject.TICKET);

    public enum Severity { INFO, WARNING, CRITICAL }

    /** The kind of thing an alert's subject names. */
    public enum Subject { WINDOW, SERVICE, DEVICE, TICKET }

    private final Severity severity;
    private final Subject subject;

    AlertKind(Severity severity, Subject subject) {
        this.severity = severity;
        this.subject = subject;
    }

    public Severity severity() {
        return severity;
    }

    public Subject subject() {
        return subject;
    }

    /** True for alerts whose condition ends by itself; a bad rating ends only when someone acknowledges it. */
    public boolean endsByItself() {
        return this != BAD_RATING;
    }
}
