package dev.hallq.hub.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the case book keeps its cases, their histories and how far it has read the hall's event log: in the hall's
 * own database ({@link SqlCaseRepository}) or in memory beside a memory store ({@link MemoryCaseRepository}). Each
 * backend passes the same contract tests.
 */
public interface CaseRepository {

    /** The seq of the last event of the hall's log the book has read (0 at first). */
    long lastEventSeq();

    /**
     * Opens {@code fresh} (its id is ignored, the store numbers it) with its first history line, unless its ticket has a
     * case already, and moves the cursor to {@code eventSeq} if that is ahead; all in one transaction.
     *
     * @param eventSeq the RATED event it comes from, or 0 when it is opened by a check of the ratings
     * @return the case as stored, or empty if the ticket had one
     */
    Optional<BadRatingCase> open(BadRatingCase fresh, CaseEntry opened, long eventSeq);

    /** Moves the cursor to {@code eventSeq} if that is ahead (events read that opened nothing). */
    void advance(long eventSeq);

    Optional<BadRatingCase> find(long id);

    Optional<BadRatingCase> byTicket(String ticketId);

    /** The cases of tickets whose day lies in {@code [from, to]} (either bound may be null), newest first. */
    List<BadRatingCase> list(LocalDate from, LocalDate to);

    /** The case's history, oldest first. */
    List<CaseEntry> history(long id);

    /**
     * Stores {@code next} with its history line if the stored case is still at {@code next.version() - 1}; otherwise
     * someone stepped it meanwhile and a {@link CaseConflict} says so, storing nothing.
     */
    void save(BadRatingCase next, CaseEntry entry);

    /** Tickets whose stored rating is bad (不满意, 非常不满意) but which have no case: what a crash could leave behind. */
    List<String> badRatingsWithoutCase();
}
