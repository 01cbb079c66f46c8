package dev.hallq.hub.export;

import dev.hallq.agent.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a real HTTP endpoint and a folder, with time moved by hand: nothing lost, nothing twice. */
class ExportSenderTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final ExportOutbox outbox = new MemoryExportOutbox();
    private final List<AutoCloseable> open = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    private ExportSender sender(ExportSettings settings) {
        return new ExportSender(outbox, ExportTarget.of(settings), settings, clock);
    }

    private static String record(int n, String day) {
        return "{\"id\":\"rating:H1:" + day + "-A" + n + "\",\"ratedAt\":\"" + day + "T0930" + String.format("%02d", n)
                + "\",\"n\":" + n + "}";
    }

    private void queue(int from, int to) {
        for (int n = from; n <= to; n++) {
            outbox.enqueue("rating:H1:20261124-A" + n, record(n, "20261124"), clock.instant());
        }
    }

    @Test
    void aProvinceThatAnswers503ThenIsUnreachableGetsEveryRecordOnceAndInOrderWhenItIsBack() throws Exception {
        FakeProvince province = keep(FakeProvince.on(0, r -> new FakeProvince.Answer(503, "maintenance")));
        int port = province.port();
        ExportSender sender = sender(ExportSettings.of(province.url(), "tok-123", "640104").withBatchSize(2));
        queue(1, 5);

        assertThat(sender.drain()).hasValue(Duration.ofSeconds(5));
        assertThat(province.requests).hasSize(1);
        assertThat(outbox.find("rating:H1:20261124-A1").orElseThrow().lastError()).contains("HTTP 503", "maintenance");
        assertThat(sender.drain()).as("no retry before the back-off ends").hasValue(Duration.ofSeconds(5));
        assertThat(province.requests).hasSize(1);

        province.close();
        clock.advance(Duration.ofSeconds(5));
        assertThat(sender.drain()).as("connection refused: the wait doubles").hasValue(Duration.ofSeconds(10));
        assertThat(outbox.find("rating:H1:20261124-A1").orElseThrow().lastError()).contains("ConnectException");
        clock.advance(Duration.ofSeconds(9));
        assertThat(sender.drain()).hasValue(Duration.ofSeconds(1));

        FakeProvince back = keep(FakeProvince.on(port, r -> FakeProvince.Answer.ok()));
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.drain()).isEmpty();

        assertThat(back.taken()).containsExactly("rating:H1:20261124-A1", "rating:H1:20261124-A2",
                "rating:H1:20261124-A3", "rating:H1:20261124-A4", "rating:H1:20261124-A5");
        assertThat(back.requests).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer tok-123"));
        assertThat(back.requests.get(0).idempotencyKey()).as("a resent batch keeps its key")
                .isEqualTo(province.requests.get(0).idempotencyKey()).startsWith("batch:");
        assertThat(outbox.pending(10)).isEmpty();
        assertThat(outbox.find("rating:H1:20261124-A1").orElseThrow().attempts()).as("503, refused, taken").isEqualTo(3);
        assertThat(outbox.counts()).containsEntry(OutboxEntry.State.DELIVERED, 5L);

        queue(6, 6);
        assertThat(sender.drain()).isEmpty();
        assertThat(back.taken()).as("delivered records are not sent again").hasSize(6).endsWith("rating:H1:20261124-A6");
        assertThat(back.requests.get(back.requests.size() - 1).idempotencyKey()).isEqualTo("rating:H1:20261124-A6");
    }

    @Test
    void a400ParksOnlyTheRefusedRecordAndTheRestGoOn() throws Exception {
        FakeProvince province = keep(FakeProvince.on(0, r -> r.ids().contains("rating:H1:20261124-A2")
                ? new FakeProvince.Answer(400, "{\"error\":\"unknown areaCode\"}") : FakeProvince.Answer.ok()));
        ExportSender sender = sender(ExportSettings.of(province.url(), null, "640104"));
        queue(1, 3);

        assertThat(sender.drain()).isEmpty();

        assertThat(province.taken()).containsExactly("rating:H1:20261124-A1", "rating:H1:20261124-A3");
        assertThat(province.requests.get(0).authorization()).isNull();
        OutboxEntry parked = outbox.find("rating:H1:20261124-A2").orElseThrow();
        assertThat(parked.state()).isEqualTo(OutboxEntry.State.FAILED);
        assertThat(parked.lastError()).isEqualTo("HTTP 400: {\"error\":\"unknown areaCode\"}");

        province.answer(r -> FakeProvince.Answer.ok());
        assertThat(outbox.retry(parked.id())).isTrue();
        assertThat(sender.drain()).isEmpty();
        assertThat(province.taken()).containsExactly("rating:H1:20261124-A1", "rating:H1:20261124-A3",
                "rating:H1:20261124-A2");
        assertThat(outbox.counts()).containsEntry(OutboxEntry.State.DELIVERED, 3L).containsEntry(OutboxEntry.State.FAILED, 0L);
    }

    @Test
    void aProvinceThatDoesNotAnswerInTimeIsTriedAgainLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeProvince province = keep(FakeProvince.on(0, r -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeProvince.Answer.ok();
        }));
        open.add(0, release::countDown); // let the handler go before the server stops
        ExportSettings settings = ExportSettings.of(province.url(), null, "640104");
        settings = new ExportSettings(settings.target(), null, "640104", 4, 20, Duration.ofSeconds(5),
                Duration.ofMinutes(10), Duration.ofMillis(300));
        ExportSender sender = sender(settings);
        queue(1, 1);

        assertThat(sender.drain()).hasValue(Duration.ofSeconds(5));

        OutboxEntry e = outbox.find("rating:H1:20261124-A1").orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxEntry.State.PENDING);
        assertThat(e.lastError()).contains("HttpTimeoutException");
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        ExportSender sender = sender(ExportSettings.of("http://127.0.0.1:9/x", null, "640104")
                .withBackOff(Duration.ofSeconds(5), Duration.ofMinutes(1)));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 30).stream().map(sender::backOff).toList()).containsExactly(
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void aFileTargetWritesOneJsonLinesFilePerDayAndNeverALineTwice() throws Exception {
        Path folder = dir.resolve("export");
        ExportSender sender = sender(ExportSettings.of(folder.toUri().toString(), null, "640104"));
        queue(1, 2);
        outbox.enqueue("rating:H1:20261125-A1", record(1, "20261125"), clock.instant());

        assertThat(sender.drain()).isEmpty();

        assertThat(Files.readAllLines(folder.resolve("ratings-20261124.jsonl"), StandardCharsets.UTF_8))
                .containsExactly(record(1, "20261124"), record(2, "20261124"));
        assertThat(Files.readAllLines(folder.resolve("ratings-20261125.jsonl"))).containsExactly(record(1, "20261125"));

        // the hub stopped after writing but before marking the record delivered: it is sent again
        FileTarget again = new FileTarget(folder);
        assertThat(again.send(outbox.list(OutboxEntry.State.DELIVERED, 1))).isInstanceOf(ExportTarget.Taken.class);
        assertThat(Files.readAllLines(folder.resolve("ratings-20261124.jsonl"))).hasSize(2);
    }

    @Test
    void aFolderThatCannotBeWrittenIsTriedAgainLater() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        ExportSender sender = sender(ExportSettings.of(blocker.toUri() + "/", null, "640104"));
        queue(1, 1);

        assertThat(sender.drain()).hasValue(Duration.ofSeconds(5));
        assertThat(outbox.pending(1)).singleElement().satisfies(e -> assertThat(e.lastError()).contains("cannot write"));
    }
}
