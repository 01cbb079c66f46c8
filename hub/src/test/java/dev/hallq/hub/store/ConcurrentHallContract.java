package dev.hallq.hub.store;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many kiosks issuing and many windows calling at once, through the real desk onto a real store: no
 * number twice, no ticket called at two windows, every ticket served exactly once.
 */
abstract class ConcurrentHallContract {
    private static final int KIOSKS = 20;
    private static final int TICKETS_PER_KIOSK = 25;
    private static final int WINDOWS = 40;

    protected abstract HallStore open();

    @Test
    void kiosksAndWindowsAtOnceNeverShareANumberOrATicket() throws Exception {
        HallConfig hall = hall();
        try (HallStore store = open()) {
            QueueEngine engine = new QueueEngine(hall, store, Clock.systemUTC());
            AtomicInteger finished = new AtomicInteger();
            int total = KIOSKS * TICKETS_PER_KIOSK;
            ExecutorService people = Executors.newFixedThreadPool(KIOSKS + WINDOWS);
            try (HallDesk desk = new HallDesk(engine)) {
                for (int k = 0; k < KIOSKS; k++) {
                    int kiosk = k;
                    people.submit(() -> {
                        for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
                            boolean priority = i % 7 == 0;
                            desk.execute(() -> quietly(() -> engine.issue(kiosk % 2 == 0 ? "a" : "b", priority, "K" + kiosk)));
                        }
                    });
                }
                for (int w = 1; w <= WINDOWS; w++) {
                    int window = w;
                    people.submit(() -> {
                        while (finished.get() < total && !Thread.currentThread().isInterrupted()) {
                            desk.execute(() -> quietly(() -> engine.act(window, StaffAction.NEXT, null)));
                            desk.execute(() -> quietly(() -> {
                                if (engine.act(window, StaffAction.FINISH, null).ticket() != null) {
                                    finished.incrementAndGet();
                                }
                                return null;
                            }));
                            desk.ask(() -> null, java.time.Duration.ofSeconds(30));
                        }
                    });
                }
                await().atMost(java.time.Duration.ofMinutes(2)).until(() -> finished.get() >= total);
                people.shutdownNow();
                people.awaitTermination(30, TimeUnit.SECONDS);
                desk.ask(() -> null, java.time.Duration.ofSeconds(30));
            }
            List<Ticket> tickets = store.tickets(engine.today());
            assertThat(tickets).hasSize(total);
            assertThat(tickets).extracting(Ticket::number).doesNotHaveDuplicates();
            assertThat(tickets).allSatisfy(t -> assertThat(t.state()).isEqualTo(TicketState.FINISHED));
            Map<String, Integer> callsPerTicket = new HashMap<>();
            for (CallRecord c : store.recentCalls(10 * total)) {
                callsPerTicket.merge(c.ticketId(), 1, Integer::sum);
            }
            assertThat(callsPerTicket).hasSize(total).allSatisfy((id, calls) -> assertThat(calls).as(id).isEqualTo(1));
        }
    }

    private interface Work {
        Object run() throws Refusal;
    }

    private static void quietly(Work w) {
        try {
            w.run();
        } catch (Refusal expected) {
            // nobody waiting, or nothing to finish: fine under load
        }
    }

    private static HallConfig hall() {
        List<WindowConfig> windows = new ArrayList<>();
        for (int w = 1; w <= WINDOWS; w++) {
            windows.add(new WindowConfig(w, null, w % 2 == 0 ? List.of("a", "b") : List.of("b", "a"),
                    new StaffConfig(String.format("%04d", w), "员工" + w)));
        }
        return new HallConfig("H1", "并发测试大厅", ZoneId.of("Asia/Shanghai"),
                List.of(new ServiceConfig("a", "A", "甲", "A"), new ServiceConfig("b", "B", "乙", "B")), windows);
    }
}
