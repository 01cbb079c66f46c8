package dev.hallq.hub.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Where reports learn how the bad-rating cases (差评工单) of a period ended, for 差评整改率 and 回访率: the case book
 * answers, the reports group by the ticket's service, department, window and staff.
 */
public interface CaseOutcomes {

    /** Reports without a case book: no case outcomes. */
    CaseOutcomes NONE = (from, to) -> List.of();

    /** The cases of bad ratings of tickets whose day lies in {@code [from, to]}. */
    List<CaseOutcome> casesOfTicketsBetween(LocalDate from, LocalDate to);

    /**
     * @param rectified  closed as fixed (整改完成)
     * @param calledBack the citizen was called back (回访)
     * @param withdrawn  the rating was judged mistaken or malicious on appeal (申诉成立) and counts in no rate
     * @param overdue    not closed by its deadline (or closed after it)
     */
    record CaseOutcome(String ticketId, boolean rectified, boolean calledBack, boolean withdrawn, boolean overdue) {
    }
}
