package dev.hallq.printer;

import dev.hallq.protocol.PrintJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The print jobs of the tickets this printer printed today (the hall's day), by ticket number, so
 * that one can be printed again (补打) when a citizen lost it or the paper jammed.
 *
 * <p>Kept in memory only: an agent that restarts can reprint what it printed since; the hub keeps
 * every ticket, so a real-name citizen can always get theirs reprinted through the kiosk. Numbers
 * restart every day, so a new day forgets the old one. At most {@value #MAX_TICKETS} tickets (a
 * county hall issues about 350 a day, a city hall's busiest kiosk far fewer than this); beyond that
 * the oldest are forgotten first. A ticket printed twice keeps its latest job.
 */
final class TodaysTickets {
    static final int MAX_TICKETS = 5_000;

    private final ZoneId zone;
    private final Clock clock;
    private LocalDate day;
    private final Map<String, PrintJob> byNumber = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PrintJob> eldest) {
            return size() > MAX_TICKETS;
        }
    };

    TodaysTickets(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** Remembers a printed ticket's job, when the ticket was issued today. */
    synchronized void printed(PrintJob job) {
        LocalDate today = today();
        if (job.ticket().issuedAt().atZone(zone).toLocalDate().equals(today)) {
            String number = normalize(job.ticket().number());
            byNumber.remove(number); // a reprinted ticket moves to the newest end
            byNumber.put(number, job);
        }
    }

    /** The job of today's ticket with this number ({@code a012} finds {@code A012}). */
    synchronized Optional<PrintJob> find(String number) {
        today();
        return Optional.ofNullable(byNumber.get(normalize(number)));
    }

    synchronized int size() {
        today();
        return byNumber.size();
    }

    private LocalDate today() {
        LocalDate now = LocalDate.now(clock.withZone(zone));
        if (!now.equals(day)) {
            byNumber.clear();
            day = now;
        }
        return now;
    }

    static String normalize(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
