package dev.hallq.hub.reportpages;

import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.Stores;
import dev.hallq.protocol.RatingLevel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of the demo hall written into a hub's database before the hub starts: March 2026, on working days.
 * 社保医保 (department 人力资源和社会保障局) at window 1 by 王芳 (0101): 30 tickets, all served (10 min wait, 6 min
 * handling), 29 rated, of which 1 不满意. 不动产登记 at window 3 by 张伟 (0201): 12 tickets, 10 served, 2 missed,
 * none rated. So the month: 42 issued, 40 served, 2 missed, 29 ratings, 1 差评, 满意度 28/29 = 96.55%.
 */
final class SeededMonth {
    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SeededMonth() {
    }

    static void writeInto(Path database) {
        HallStore store = Stores.open(database.toString());
        try {
            List<Ticket> tickets = new ArrayList<>();
            List<RatingRecord> ratings = new ArrayList<>();
            LocalDate day = MONTH.atDay(2);     // a Monday
            int sequence = 0;
            for (int i = 0; i < 30; i++) {
                LocalDate d = day.plusDays(i % 5);
                ZonedDateTime issued = d.atTime(LocalTime.of(9, 0).plusMinutes(10L * (i / 5))).atZone(ZONE);
                Ticket t = Ticket.issued(d, "social-security", Ticket.numberFor("A", ++sequence), sequence, false, "K1",
                                issued.toInstant())
                        .called(1, "0101", issued.plusMinutes(10).toInstant())
                        .ended(TicketState.FINISHED, issued.plusMinutes(16).toInstant());
                tickets.add(t);
                if (i < 29) {
                    RatingLevel level = i == 0 ? RatingLevel.DISSATISFIED : i % 2 == 0 ? RatingLevel.SATISFIED : RatingLevel.VERY_SATISFIED;
                    ratings.add(new RatingRecord(t.id(), "r" + i, 1, "pad-1", level, List.of(), null,
                            t.finishedAt().plusSeconds(20), t.finishedAt().plusSeconds(21)));
                }
            }
            for (int i = 0; i < 12; i++) {
                LocalDate d = day.plusDays(i % 5);
                ZonedDateTime issued = d.atTime(LocalTime.of(14, 0).plusMinutes(10L * (i / 5))).atZone(ZONE);
                Ticket t = Ticket.issued(d, "real-estate", Ticket.numberFor("B", ++sequence), sequence, false, "K1",
                        issued.toInstant()).called(3, "0201", issued.plusMinutes(20).toInstant());
                tickets.add(i < 10 ? t.ended(TicketState.FINISHED, issued.plusMinutes(35).toInstant())
                        : t.ended(TicketState.MISSED, issued.plusMinutes(25).toInstant()));
            }
            store.commit(new Change(tickets, List.of(), List.of(), List.of(), ratings, List.of()));
        } finally {
            store.close();
        }
    }
}
