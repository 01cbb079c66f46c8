package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole county-hall day in a second, minute by minute on a moved clock, on a real SQLite store: opening
 * at 9, the 10–11 peak, lunch pauses, stopping issue at 16:30, serving on past 17:00 (延时服务) and day end.
 * The simulation keeps its own tally of what it did and was told; the stored tickets and event log must
 * give the same counts, per service and per window.
 */
class HallDaySimulationTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-11-24");
    private static final List<String> SERVICES = List.of("social", "estate", "residence");
    @TempDir
    Path dir;

    private final Map<String, Integer> issued = new TreeMap<>();
    private final Map<Integer, Integer> served = new TreeMap<>();
    private int missed;
    private int extended;
    private int refusedClosed;

    @Test
    void theStoredDayCountsWhatTheSimulationDid() throws Refusal {
        MutableClock clock = new MutableClock(DAY.atTime(8, 30).atZone(BEIJING).toInstant(), BEIJING);
        try (HallStore store = JdbcHallStore.sqlite(dir.resolve("day.db"))) {
            QueueEngine engine = new QueueEngine(hall(), store, clock);
            Random random = new Random(20261124);
            Map<Integer, Staff> staff = new HashMap<>();
            for (int w = 1; w <= 6; w++) {
                staff.put(w, new Staff(w));
            }
            for (LocalDateTime t = DAY.atTime(8, 30); t.isBefore(DAY.atTime(22, 0)) && !dayDone(engine, t);
                 t = t.plusMinutes(1)) {
                clock.set(t.atZone(BEIJING).toInstant());
                arrivals(engine, t.toLocalTime(), random);
                for (Staff s : staff.values()) {
                    s.minute(engine, t.toLocalTime(), random);
                }
                engine.flush();
            }
            clock.set(DAY.plusDays(1).atTime(0, 1).atZone(BEIJING).toInstant());
            int leftOver = engine.tick().size();
            engine.flush();

            List<Ticket> tickets = store.tickets(DAY);
            Map<String, Integer> storedIssued = new TreeMap<>();
            Map<Integer, Integer> storedServed = new TreeMap<>();
            tickets.forEach(tk -> storedIssued.merge(tk.serviceId(), 1, Integer::sum));
            tickets.stream().filter(tk -> tk.state() == TicketState.FINISHED)
                    .forEach(tk -> storedServed.merge(tk.window(), 1, Integer::sum));
            List<HallEvent> events = store.events(0, 100_000);
            org.slf4j.LoggerFactory.getLogger(HallDaySimulationTest.class).info(
                    "simulated day: issued {}, served per window {}, missed {}, extended {}, refused closed {}, expired {}",
                    issued, served, missed, extended, refusedClosed, leftOver);

            assertThat(storedIssued).isEqualTo(issued);
            assertThat(storedServed).isEqualTo(served);
            assertThat(tickets.stream().filter(tk -> tk.state() == TicketState.MISSED).count()).isEqualTo(missed);
            assertThat(events.stream().filter(e -> "延时服务 extended".equals(e.detail())).count()).isEqualTo(extended);
            assertThat(tickets.stream().filter(tk -> tk.state() == TicketState.EXPIRED).count()).isEqualTo(leftOver);
            assertThat(tickets).allSatisfy(tk -> assertThat(tk.state().isTerminal()).as(tk.number()).isTrue());

            assertThat(issued.values().stream().mapToInt(Integer::intValue).sum()).as("a county day").isBetween(300, 600);
            assertThat(extended).as("the peak leaves work after 17:00").isPositive();
            assertThat(refusedClosed).as("kiosks refuse before 9 and after 16:30").isPositive();
            assertThat(leftOver).as("everyone issued is served before the day ends").isZero();
        }
    }

    /** After closing, the day is done once nobody waits and no window is still serving. */
    private static boolean dayDone(QueueEngine engine, LocalDateTime t) {
        if (t.toLocalTime().isBefore(LocalTime.of(17, 0))) {
            return false;
        }
        boolean waiting = SERVICES.stream().anyMatch(s -> engine.waitingFor(s) > 0);
        boolean serving = engine.desks().stream().anyMatch(d -> d.phase() == WindowPhase.CALLING);
        return !waiting && !serving;
    }

    /** Citizens per minute: a few early, the 10–11 peak, quiet at lunch, steady in the afternoon. */
    private void arrivals(QueueEngine engine, LocalTime now, Random random) {
        double perMinute = now.isBefore(LocalTime.of(10, 0)) ? 0.7
                : now.isBefore(LocalTime.of(11, 0)) ? 2.2
                : now.isBefore(LocalTime.of(12, 0)) ? 1.0
                : now.isBefore(LocalTime.of(13, 30)) ? 0.3 : 0.8;
        int n = poisson(perMinute, random);
        for (int i = 0; i < n; i++) {
            String service = SERVICES.get(random.nextInt(SERVICES.size()));
            try {
                engine.issue(service, random.nextDouble() < 0.08, "K" + (1 + random.nextInt(2)));
                issued.merge(service, 1, Integer::sum);
            } catch (Refusal r) {
                assertThat(r.code()).isEqualTo(ErrorCode.SERVICE_CLOSED);
                refusedClosed++;
            }
        }
    }

    private static int poisson(double mean, Random random) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** One window's staff member: calls, serves 2–8 minutes, sometimes nobody comes, takes a lunch break. */
    private final class Staff {
        private final int window;
        private final LocalTime lunch;
        private LocalTime busyUntil;
        private boolean lunched;

        Staff(int window) {
            this.window = window;
            this.lunch = window % 2 == 0 ? LocalTime.of(12, 0) : LocalTime.of(12, 30);
        }

        void minute(QueueEngine engine, LocalTime now, Random random) throws Refusal {
            WindowPhase phase = engine.desk(window).phase();
            if (phase == WindowPhase.PAUSED) {
                if (!now.isBefore(lunch.plusHours(1))) {
                    engine.act(window, StaffAction.RESUME, null);
                }
                return;
            }
            if (phase == WindowPhase.CALLING) {
                if (now.isBefore(busyUntil)) {
                    return;
                }
                if (random.nextDouble() < 0.04) {
                    engine.act(window, StaffAction.NO_SHOW, null);
                    missed++;
                } else {
                    engine.act(window, StaffAction.FINISH, null);
                    served.merge(window, 1, Integer::sum);
                    if (!now.isBefore(LocalTime.of(17, 0))) {
                        extended++;
                    }
                }
                return;
            }
            if (!lunched && !now.isBefore(lunch)) {
                lunched = true;
                engine.act(window, StaffAction.PAUSE, "午休");
                return;
            }
            try {
                engine.act(window, StaffAction.NEXT, null);
                busyUntil = now.plus(Duration.ofMinutes(2 + random.nextInt(7)));
            } catch (Refusal empty) {
                assertThat(empty.code()).isEqualTo(ErrorCode.QUEUE_EMPTY);
            }
        }
    }

    private static HallConfig hall() {
        List<WindowConfig> windows = List.of(
                window(1, "social"), window(2, "social", "residence"), window(3, "estate"),
                window(4, "estate", "social"), window(5, "residence", "estate"), window(6, "residence", "social", "estate"));
        return new HallConfig("H1", "县政务服务中心", BEIJING,
                List.of(new ServiceConfig("social", "A", "社保医保", null), new ServiceConfig("estate", "B", "不动产登记", null),
                        new ServiceConfig("residence", "D", "户籍证照", null)),
                windows, null, QueuePolicy.DEFAULT,
                new HallCalendar("09:00-17:00", null, null, null, null, 30, HallCalendar.DayEnd.EXPIRE));
    }

    private static WindowConfig window(int n, String... services) {
        return new WindowConfig(n, null, List.of(services), new StaffConfig(String.format("%04d", n), "员工" + n));
    }
}
