package dev.hallq.hub.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every outbox backend must do: keep order, queue a record once, park and retry, survive a reopen. */
abstract class ExportOutboxContract {
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    protected ExportOutbox outbox;

    protected abstract ExportOutbox open();

    /** The same outbox after a restart (memory: the same object). */
    protected abstract ExportOutbox reopen();

    protected void close() {
    }

    @BeforeEach
    void start() {
        outbox = open();
    }

    @AfterEach
    void stop() {
        close();
    }

    @Test
    void recordsComeOutInTheOrderTheyWereQueuedAndEachIdOnce() {
        assertThat(outbox.enqueue("r:b", "{\"n\":1}", T0)).isTrue();
        assertThat(outbox.enqueue("r:a", "{\"n\":2}", T0)).isTrue();
        assertThat(outbox.enqueue("r:b", "{\"n\":3}", T0.plusSeconds(1))).isFalse();

        List<OutboxEntry> pending = outbox.pending(10);
        assertThat(pending).extracting(OutboxEntry::id).containsExactly("r:b", "r:a");
        assertThat(pending.get(0).payload()).isEqualTo("{\"n\":1}");
        assertThat(pending.get(0).queuedAt()).isEqualTo(T0);
        assertThat(pending.get(0).attempts()).isZero();
        assertThat(outbox.pending(1)).extracting(OutboxEntry::id).containsExactly("r:b");
    }

    @Test
    void aDeliveredRecordLeavesThePendingOnesAndIsNeverQueuedAgain() {
        outbox.enqueue("r:1", "{}", T0);
        outbox.enqueue("r:2", "{}", T0);
        outbox.attemptFailed(List.of("r:1", "r:2"), T0.plusSeconds(1), "connection refused");
        outbox.delivered(List.of("r:1"), T0.plusSeconds(6));

        assertThat(outbox.pending(10)).extracting(OutboxEntry::id).containsExactly("r:2");
        OutboxEntry sent = outbox.find("r:1").orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxEntry.State.DELIVERED);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.deliveredAt()).isEqualTo(T0.plusSeconds(6));
        OutboxEntry waiting = outbox.find("r:2").orElseThrow();
        assertThat(waiting.lastError()).isEqualTo("connection refused");
        assertThat(waiting.lastTryAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(outbox.enqueue("r:1", "{}", T0.plusSeconds(7))).isFalse();
        assertThat(outbox.counts()).containsEntry(OutboxEntry.State.DELIVERED, 1L)
                .containsEntry(OutboxEntry.State.PENDING, 1L).containsEntry(OutboxEntry.State.FAILED, 0L);
    }

    @Test
    void aRefusedRecordIsParkedWithTheAnswerUntilRetriedAtItsOldPlace() {
        outbox.enqueue("r:1", "{}", T0);
        outbox.enqueue("r:2", "{}", T0);
        outbox.refused("r:1", T0.plusSeconds(1), "HTTP 400: areaCode unknown");

        assertThat(outbox.pending(10)).extracting(OutboxEntry::id).containsExactly("r:2");
        assertThat(outbox.list(OutboxEntry.State.FAILED, 10)).singleElement()
                .satisfies(e -> assertThat(e.lastError()).isEqualTo("HTTP 400: areaCode unknown"));
        assertThat(outbox.retry("r:2")).as("only a parked record is retried").isFalse();
        assertThat(outbox.retry("nope")).isFalse();

        assertThat(outbox.retry("r:1")).isTrue();
        assertThat(outbox.pending(10)).extracting(OutboxEntry::id).containsExactly("r:1", "r:2");
        assertThat(outbox.find("r:1").orElseThrow().attempts()).isZero();
        assertThat(outbox.list(null, 10)).hasSize(2);
    }

    @Test
    void theOutboxAndItsCursorSurviveARestart() {
        assertThat(outbox.cursor()).isEmpty();
        outbox.enqueue("r:1", "{\"x\":\"张*三\"}", T0);
        outbox.cursor(41);
        outbox.cursor(42);

        outbox = reopen();

        assertThat(outbox.cursor()).hasValue(42);
        assertThat(outbox.pending(10)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("r:1");
            assertThat(e.payload()).isEqualTo("{\"x\":\"张*三\"}");
        });
    }
}
