package dev.hallq.hub.queue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HallDeskTest {
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger flushes = new AtomicInteger();
    private final AtomicBoolean failNext = new AtomicBoolean();
    private final HallDesk desk = new HallDesk(new HallDesk.Ledger() {
        @Override
        public void flush() {
            if (failNext.getAndSet(false)) {
                log.add("flush failed");
                throw new IllegalStateException("disk full (on purpose)");
            }
            flushes.incrementAndGet();
            log.add("flush");
        }

        @Override
        public void recover() {
            log.add("recover");
        }
    });

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void nothingIsAnnouncedBeforeItsBatchIsStored() {
        desk.execute(() -> {
            log.add("work");
            desk.afterCommit(() -> log.add("announce"));
        });
        await().until(() -> log.contains("announce"));
        assertThat(log).containsExactly("work", "flush", "announce");
    }

    @Test
    void workWaitingInLineIsStoredInOneBatch() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        desk.execute(() -> holdOn(hold));
        for (int i = 0; i < 100; i++) {
            int n = i;
            desk.execute(() -> desk.afterCommit(() -> log.add("announce " + n)));
        }
        hold.countDown();
        await().until(() -> log.contains("announce 99"));
        assertThat(flushes.get()).isLessThanOrEqualTo(2);
        assertThat(log.stream().filter(l -> l.startsWith("announce")).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "announce " + i).toList());
    }

    @Test
    void aBatchThatCannotBeStoredRecoversAndGivesEachWorkItsFailureAnswer() {
        failNext.set(true);
        desk.execute(() -> {
            desk.afterCommit(() -> log.add("announce"));
            desk.onFailure(() -> log.add("sorry"));
        });
        await().until(() -> log.contains("sorry"));
        assertThat(log).containsExactly("flush failed", "recover", "sorry");
    }

    @Test
    void everyStoredBatchIsTimedBeforeItsAnnouncementsAndAFailedOneIsNot() {
        List<Duration> timed = new CopyOnWriteArrayList<>();
        desk.timeStoring(took -> {
            timed.add(took);
            log.add("timed");
        });
        desk.execute(() -> desk.afterCommit(() -> log.add("announce")));
        await().until(() -> log.contains("announce"));
        failNext.set(true);
        desk.execute(() -> desk.onFailure(() -> log.add("failure answered")));
        await().until(() -> log.contains("failure answered"));

        assertThat(log).containsSubsequence("flush", "timed", "announce", "flush failed", "recover", "failure answered");
        assertThat(timed).hasSize(1).allMatch(d -> !d.isNegative());
    }

    @Test
    void aQueryWaitsForTheWorkBeforeItToBeStored() {
        desk.execute(() -> log.add("work"));
        String answer = desk.ask(() -> String.join(",", log), Duration.ofSeconds(5));
        assertThat(answer).isEqualTo("work,flush");
    }

    @Test
    void announcementsCanOnlyBeLinedUpFromTheDeskThread() {
        assertThatThrownBy(() -> desk.afterCommit(() -> log.add("x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingWorkDoesNotStopTheDesk() {
        desk.execute(() -> {
            throw new IllegalStateException("boom (on purpose)");
        });
        desk.execute(() -> desk.afterCommit(() -> log.add("still here")));
        await().until(() -> log.contains("still here"));
    }

    private static void holdOn(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
