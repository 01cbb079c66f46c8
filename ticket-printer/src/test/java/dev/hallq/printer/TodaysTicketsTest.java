package dev.hallq.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.TicketInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TodaysTicketsTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    /** 10:05 in the hall on 24 November. */
    private final MutableClock clock = MutableClock.at("2026-11-24T02:05:00Z");
    private final TodaysTickets todays = new TodaysTickets(HALL, clock);

    private static PrintJob job(String jobId, String number, Instant issued) {
        return new PrintJob(jobId, "大厅", new TicketInfo("t-" + number, number, "S1", "社保", null, 0, issued),
                null, issued);
    }

    @Test
    void findsTodaysTicketByItsNumberWhateverItsCase() {
        todays.printed(job("J1", "A012", clock.instant()));

        assertThat(todays.find("a012")).hasValueSatisfying(j -> assertThat(j.jobId()).isEqualTo("J1"));
        assertThat(todays.find(" A012 ")).isPresent();
        assertThat(todays.find("A013")).isEmpty();
    }

    @Test
    void aTicketPrintedAgainKeepsItsLatestJob() {
        todays.printed(job("J1", "A012", clock.instant()));
        todays.printed(job("J2", "A012", clock.instant()));

        assertThat(todays.find("A012")).hasValueSatisfying(j -> assertThat(j.jobId()).isEqualTo("J2"));
        assertThat(todays.size()).isEqualTo(1);
    }

    @Test
    void theHallsMidnightForgetsTheDaysTicketsBecauseNumbersStartAgain() {
        todays.printed(job("J1", "A001", clock.instant()));

        clock.set(Instant.parse("2026-11-24T15:59:59Z")); // 23:59:59 in the hall
        assertThat(todays.find("A001")).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(todays.find("A001")).isEmpty();
    }

    @Test
    void aTicketIssuedOnAnotherDayIsNotKeptForToday() {
        todays.printed(job("J1", "A001", Instant.parse("2026-11-23T09:00:00Z")));

        assertThat(todays.find("A001")).isEmpty();
    }

    @Test
    void keepsAtMostTheBoundForgettingTheOldestFirst() {
        for (int i = 0; i <= TodaysTickets.MAX_TICKETS; i++) {
            todays.printed(job("J" + i, "N" + i, clock.instant()));
        }

        assertThat(todays.size()).isEqualTo(TodaysTickets.MAX_TICKETS);
        assertThat(todays.find("N0")).isEmpty();
        assertThat(todays.find("N1")).isPresent();
        assertThat(todays.find("N" + TodaysTickets.MAX_TICKETS)).isPresent();
    }
}
