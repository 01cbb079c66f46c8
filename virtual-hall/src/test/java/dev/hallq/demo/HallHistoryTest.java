package dev.hallq.demo;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HallHistoryTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    @TempDir
    Path dir;

    @Test
    void pastDaysAreStoredAsTheSimulationCountedThemAndEndBeforeToday() {
        HallConfig county = HallConfigFile.load(Path.of("../examples/county-hall.yaml"));
        try (HallStore store = JdbcHallStore.sqlite(dir.resolve("hall.db"))) {
            HallHistory.Tally tally = HallHistory.fill(county, store, TODAY, 7, 7L);

            List<Ticket> tickets = new ArrayList<>();
            List<RatingRecord> ratings = new ArrayList<>();
            for (LocalDate d = TODAY.minusDays(7); d.isBefore(TODAY); d = d.plusDays(1)) {
                tickets.addAll(store.tickets(d));
                ratings.addAll(store.ratingsOfTicketsOn(d));
            }
            assertThat(store.tickets(TODAY)).isEmpty();
            assertThat(tickets).hasSize(tally.issued());
            assertThat(tickets.stream().filter(t -> t.state() == TicketState.FINISHED)).hasSize(tally.served());
            assertThat(tickets.stream().filter(t -> t.state() == TicketState.MISSED)).hasSize(tally.missed());
            assertThat(ratings).hasSize(tally.rated());
            assertThat(ratings.stream().filter(r -> r.level() == RatingLevel.DISSATISFIED
                    || r.level() == RatingLevel.VERY_DISSATISFIED)).hasSize(tally.bad());
            List<HallEvent> events = store.events(0, 1_000_000);
            assertThat(events.stream().filter(e -> e.type().equals("RATED"))).hasSize(tally.rated());

            assertThat(tally.issued()).as("a county hall: ~350 a weekday, fewer at weekends").isBetween(1000, 3000);
            assertThat(tally.served()).as("nearly everyone issued is served").isGreaterThan(tally.issued() * 8 / 10);
            assertThat(tally.refused()).as("the county hall closes at night and on holidays").isPositive();
        }
    }

    @Test
    void aNegativeOrHugeHistoryIsRefused() {
        try (HallStore store = JdbcHallStore.sqlite(dir.resolve("hall.db"))) {
            assertThatThrownBy(() -> HallHistory.fill(HallConfigFile.demo(), store, TODAY, 401, 1L))
                    .hasMessageContaining("0-400");
        }
    }
}
