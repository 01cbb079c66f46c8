package dev.hallq.hub.config;

/**
 * Bad-rating cases (差评整改): how many working days (weekends, holidays skipped, 调休 days worked) a case may take
 * from the rating to its close before it is overdue.
 */
public record CaseRules(Integer deadlineWorkingDays) {
    public static final CaseRules DEFAULT = new CaseRules(null);

    public CaseRules {
        deadlineWorkingDays = deadlineWorkingDays == null ? 5 : deadlineWorkingDays;
        if (deadlineWorkingDays < 1 || deadlineWorkingDays > 60) {
            throw new IllegalArgumentException("office.cases.deadlineWorkingDays must be 1-60, was " + deadlineWorkingDays);
        }
    }
}
