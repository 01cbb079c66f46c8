package dev.hallq.hub.mqtt;

import dev.hallq.hub.testing.RecordingLink;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HubHeartbeatTest {
    private static final Duration ROUND = Duration.ofMillis(200);
    private final HallTopics topics = new HallTopics("H1");
    private final RecordingLink link = new RecordingLink();
    private final HubStatus up = new HubStatus("H1", DeviceState.ONLINE, "test", Instant.parse("2026-11-25T01:00:00Z"),
            Instant.parse("2026-11-25T01:00:10Z"), null);
    private HubHeartbeat beat;

    @AfterEach
    void stop() {
        if (beat != null) {
            beat.close();
        }
    }

    @Test
    void the_slots_are_beaten_one_after_the_other_each_once_a_round_never_retained() throws Exception {
        beat = HubHeartbeat.start(link, topics, () -> up, ROUND);

        await().until(() -> link.sent().size() >= 2 * HallTopics.BEAT_SLOTS);

        List<String> twoRounds = link.topics().subList(0, 2 * HallTopics.BEAT_SLOTS);
        List<String> expected = IntStream.range(0, 2 * HallTopics.BEAT_SLOTS)
                .mapToObj(i -> topics.hubBeat(i % HallTopics.BEAT_SLOTS)).toList();
        assertThat(twoRounds).containsExactlyElementsOf(expected);
        assertThat(link.sent()).noneMatch(RecordingLink.Sent::retained);
        assertThat(Json.read(link.sent().get(0).payload(), HubStatus.class).state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void nothing_is_sent_while_the_broker_is_away_and_the_beat_goes_on_when_it_is_back() {
        link.connected(false);
        AtomicInteger asked = new AtomicInteger();
        beat = HubHeartbeat.start(link, topics, () -> {
            asked.incrementAndGet();
            return up;
        }, ROUND);
        await().until(() -> link.connectedAsked() >= 3); // three beats came while the broker was away
        assertThat(link.sent()).isEmpty();
        assertThat(asked).hasValue(0);

        link.connected(true);
        await().until(() -> link.sent().size() >= 3);
    }

    @Test
    void a_failing_status_does_not_stop_the_heartbeat() {
        AtomicInteger calls = new AtomicInteger();
        beat = HubHeartbeat.start(link, topics, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("status not ready");
            }
            return up;
        }, ROUND);

        await().until(() -> link.sent().size() >= 3);
        assertThat(link.sent().get(0).topic()).isEqualTo(topics.hubBeat(1)); // slot 0's turn failed; the round went on
    }
}
