package dev.hallq.hub.bench;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Full ticket lifecycles per second through the real desk, engine and store: issue → call → finish →
 * rating, each step stored (group commit) before the next is asked for, as the hub does before it
 * announces. Each window is one lane that keeps one lifecycle in flight, like a busy staff member.
 */
public final class QueueBench {
    private static final String PREFIXES = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final HallStore store;
    private final int windows;
    private final int services;

    public QueueBench(HallStore store, int windows, int services) {
        this.store = store;
        this.windows = windows;
        this.services = services;
    }

    /** The result of one run. */
    public record Result(long lifecycles, Duration elapsed, String desk) {
        public double perSecond() {
            return lifecycles / (elapsed.toNanos() / 1e9);
        }
    }

    public Result run(long lifecycles) throws InterruptedException {
        HallConfig hall = hall();
        QueueEngine engine = new QueueEngine(hall, store, Clock.system(ZoneId.of("Asia/Shanghai")));
        AtomicLong started = new AtomicLong();
        CountDownLatch done = new CountDownLatch((int) lifecycles);
        try (HallDesk desk = new HallDesk(engine)) {
            long t0 = System.nanoTime();
            for (WindowConfig w : hall.windows()) {
                new Lane(engine, desk, w, started, lifecycles, done).next();
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("bench did not finish: " + done.getCount() + " lifecycles left");
            }
            return new Result(lifecycles, Duration.ofNanos(System.nanoTime() - t0), desk.stats());
        }
    }

    private HallConfig hall() {
        List<ServiceConfig> list = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            list.add(new ServiceConfig("s" + s, prefix(s), "事项" + s, "Service " + s));
        }
        List<WindowConfig> desks = new ArrayList<>();
        for (int w = 1; w <= windows; w++) {
            desks.add(new WindowConfig(w, null, List.of("s" + (w % services)),
                    new StaffConfig(String.format("%04d", w), "员工" + w)));
        }
        return new HallConfig("BENCH", "压测大厅", ZoneId.of("Asia/Shanghai"), list, desks);
    }

    private static String prefix(int s) {
        int n = PREFIXES.length();
        return s < n ? String.valueOf(PREFIXES.charAt(s)) : "" + PREFIXES.charAt(s / n - 1) + PREFIXES.charAt(s % n);
    }

    /** One window's staff member and the citizens before it: one lifecycle at a time, each step stored first. */
    private static final class Lane {
        private final QueueEngine engine;
        private final HallDesk desk;
        private final WindowConfig window;
        private final AtomicLong started;
        private final long total;
        private final CountDownLatch done;

        Lane(QueueEngine engine, HallDesk desk, WindowConfig window, AtomicLong started, long total, CountDownLatch done) {
            this.engine = engine;
            this.desk = desk;
            this.window = window;
            this.started = started;
            this.total = total;
            this.done = done;
        }

        void next() {
            if (started.incrementAndGet() > total) {
                return;
            }
            step(() -> engine.issue(window.services().get(0), false, "K1"), this::call);
        }

        private void call() {
            step(() -> engine.act(window.number(), StaffAction.NEXT, null), this::finish);
        }

        private void finish() {
            step(() -> {
                String id = engine.act(window.number(), StaffAction.FINISH, null).ticket().id();
                desk.afterCommit(() -> rate(id));
                return null;
            }, null);
        }

        private void rate(String ticketId) {
            step(() -> engine.rate(new RatingRecord(ticketId, "b-" + ticketId, window.number(), "E" + window.number(),
                    RatingLevel.SATISFIED, List.of(), null, engine.clock().instant(), engine.clock().instant())), () -> {
                done.countDown();
                next();
            });
        }

        private interface Step {
            Object run() throws Refusal;
        }

        private void step(Step step, Runnable then) {
            desk.execute(() -> {
                try {
                    step.run();
                } catch (Refusal r) {
                    throw new IllegalStateException("bench step refused: " + r.code() + " " + r.getMessage(), r);
                }
                if (then != null) {
                    desk.afterCommit(then);
                }
            });
        }
    }
}
