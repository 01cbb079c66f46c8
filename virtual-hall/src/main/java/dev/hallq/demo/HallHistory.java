package dev.hallq.demo;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.queue.StaffOutcome;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Past weeks of a hall for a demo: every day lived minute by minute, 08:30 to 18:30, on a moved clock through the
 * real queue engine into the hall's database, so that the manager's reports, charts and bad-rating cases have
 * something to show on the first start. Citizens come at the county hall's pace (a 10–11 peak, quiet at lunch),
 * staff call, serve 2–12 minutes, sometimes nobody comes, and most citizens rate (a few badly). Nothing is
 * invented beside the engine: a closed service refuses tickets as it would on the day.
 */
public final class HallHistory {
    private static final Logger LOG = LoggerFactory.getLogger(HallHistory.class);
    private static final List<String> BAD_REASONS = List.of("attitude", "efficiency", "not-told-once");

    /** What the simulated days did, counted by the simulation itself. */
    public record Tally(int days, int issued, int served, int missed, int rated, int bad, int refused) {
    }

    private final QueueEngine engine;
    private final MovedClock clock;
    private final Random random;
    private final List<String> services;
    private final Map<Integer, LocalTime> busyUntil = new HashMap<>();
    private int issued;
    private int served;
    private int missed;
    private int rated;
    private int bad;
    private int refused;

    private HallHistory(HallConfig hall, HallStore store, MovedClock clock, long seed) {
        this.clock = clock;
        this.engine = new QueueEngine(hall, store, clock);
        this.random = new Random(seed);
        this.services = hall.services().stream().map(ServiceConfig::id).toList();
    }

    /**
     * Lives the {@code days} days before {@code today} into {@code store}, which must hold no tickets yet.
     *
     * @return what was done
     */
    public static Tally fill(HallConfig hall, HallStore store, LocalDate today, int days, long seed) {
        if (days < 0 || days > 400) {
            throw new IllegalArgumentException("history days must be 0-400, was " + days);
        }
        ZoneId zone = hall.zone();
        LocalDate first = today.minusDays(days);
        MovedClock clock = new MovedClock(first.atTime(8, 30).atZone(zone).toInstant(), zone);
        HallHistory history = new HallHistory(hall, store, clock, seed);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            history.live(day);
        }
        Tally tally = new Tally(days, history.issued, history.served, history.missed, history.rated, history.bad,
                history.refused);
        LOG.info("hall history: {} days lived before {}: {} tickets issued, {} served, {} no-shows, {} rated ({} bad), "
                + "{} refused while closed", days, today, tally.issued(), tally.served(), tally.missed(), tally.rated(),
                tally.bad(), tally.refused());
        return tally;
    }

    private void live(LocalDate day) {
        ZoneId zone = engine.hall().zone();
        busyUntil.clear();
        for (LocalDateTime t = day.atTime(8, 30); t.isBefore(day.atTime(18, 30)); t = t.plusMinutes(1)) {
            clock.set(t.atZone(zone).toInstant());
            arrivals(t.toLocalTime());
            for (var desk : engine.desks()) {
                minute(desk.number(), desk.phase(), t.toLocalTime());
            }
            engine.flush();
        }
        clock.set(day.plusDays(1).atTime(0, 1).atZone(zone).toInstant());
        engine.tick();
        engine.flush();
    }

    /** Citizens per minute for the whole hall, scaled to its windows: a few early, the 10–11 peak, quiet at lunch. */
    private void arrivals(LocalTime now) {
        double perWindow = now.isBefore(LocalTime.of(9, 0)) ? 0.005 // about 15 citizens a window a day, as seed 004
                : now.isBefore(LocalTime.of(10, 0)) ? 0.03
                : now.isBefore(LocalTime.of(11, 0)) ? 0.07
                : now.isBefore(LocalTime.of(12, 0)) ? 0.035
                : now.isBefore(LocalTime.of(13, 30)) ? 0.01
                : now.isBefore(LocalTime.of(17, 0)) ? 0.028 : 0.003;
        int n = poisson(perWindow * engine.desks().size());
        for (int i = 0; i < n; i++) {
            String service = services.get(random.nextInt(services.size()));
            try {
                engine.issue(service, random.nextDouble() < 0.06, "K" + (1 + random.nextInt(2)));
                issued++;
            } catch (Refusal closedOrFull) {
                refused++;
            }
        }
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** One window's minute: finish (or mark no-show) when the citizen is done, then call the next. */
    private void minute(int window, WindowPhase phase, LocalTime now) {
        try {
            if (phase == WindowPhase.CLOSED || phase == WindowPhase.PAUSED) {
                return;
            }
            if (phase == WindowPhase.CALLING) {
                if (now.isBefore(busyUntil.getOrDefault(window, LocalTime.MIN))) {
                    return;
                }
                if (random.nextDouble() < 0.04) {
                    engine.act(window, StaffAction.NO_SHOW, null);
                    missed++;
                } else {
                    StaffOutcome done = engine.act(window, StaffAction.FINISH, null);
                    served++;
                    rate(window, done.ticket());
                }
                return;
            }
            engine.act(window, StaffAction.NEXT, null);
            busyUntil.put(window, now.plusMinutes(2 + random.nextInt(11)));
        } catch (Refusal nobodyWaiting) {
            // an empty queue, or a step of a 一件事 route: the window waits for the next minute
        }
    }

    /** Most citizens rate at the pad; 一次一评, and an unrated ticket stays unrated. */
    private void rate(int window, Ticket ticket) throws Refusal {
        if (ticket == null || ticket.state() != dev.hallq.hub.queue.TicketState.FINISHED || random.nextDouble() < 0.12) {
            return;
        }
        double r = random.nextDouble();
        RatingLevel level = r < 0.70 ? RatingLevel.VERY_SATISFIED : r < 0.90 ? RatingLevel.SATISFIED
                : r < 0.975 ? RatingLevel.BASICALLY_SATISFIED : r < 0.993 ? RatingLevel.DISSATISFIED
                : RatingLevel.VERY_DISSATISFIED;
        boolean isBad = level == RatingLevel.DISSATISFIED || level == RatingLevel.VERY_DISSATISFIED;
        Instant now = clock.instant();
        engine.rate(new RatingRecord(ticket.id(), "history-" + ticket.id(), window, "E" + window, level,
                isBad ? List.of(BAD_REASONS.get(random.nextInt(BAD_REASONS.size()))) : List.of(),
                isBad ? "等候时间太长" : null, now, now));
        rated++;
        if (isBad) {
            bad++;
        }
    }

    /** The simulation's clock, set minute by minute. */
    private static final class MovedClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovedClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovedClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
