package dev.hallq.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HallTopicsTest {
    private final HallTopics topics = new HallTopics("H1");

    @Test
    void deviceTopicsNameTheDevice() {
        assertThat(topics.device("E3", Topic.STAFF_COMMAND)).isEqualTo("hall/H1/dev/E3/up/staff-command");
        assertThat(topics.device("P1", Topic.PRINT_JOB)).isEqualTo("hall/H1/dev/P1/down/print-job");
        assertThat(topics.windowState(3)).isEqualTo("hall/H1/window/3/state");
    }

    @Test
    void theHeartbeatHasTenSlotsAndNoOther() {
        assertThat(topics.hubBeat(0)).isEqualTo("hall/H1/hub/beat/0");
        assertThat(topics.hubBeat(9)).isEqualTo("hall/H1/hub/beat/9");
        assertThatThrownBy(() -> topics.hubBeat(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> topics.hubBeat(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHallsWindowScreensAreSpreadOverEveryHeartbeatSlot() {
        int[] perSlot = new int[HallTopics.BEAT_SLOTS];
        for (int w = 1; w <= 200; w++) {
            perSlot[HallTopics.beatSlotOf("S" + w)]++;
        }
        // 20 a slot on average, so each beat reaches about a tenth of the screens
        assertThat(java.util.Arrays.stream(perSlot).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(15, 25));
        assertThat(HallTopics.beatSlotOf("S17")).isEqualTo(HallTopics.beatSlotOf("S17"));
        assertThatThrownBy(() -> HallTopics.beatSlotOf("+")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeviceTopicParsesBackToDeviceAndKind() {
        var parsed = topics.parseDeviceTopic("hall/H1/dev/K1/up/ticket-request").orElseThrow();
        assertThat(parsed.deviceId()).isEqualTo("K1");
        assertThat(parsed.topic()).isEqualTo(Topic.TICKET_REQUEST);
    }

    @Test
    void anUnknownLeafParsesAsUnknownButKeepsTheDevice() {
        var parsed = topics.parseDeviceTopic("hall/H1/dev/K1/up/dance").orElseThrow();
        assertThat(parsed.known()).isFalse();
        assertThat(parsed.deviceId()).isEqualTo("K1");
    }

    @Test
    void topicsOfOtherHallsOrShapesDoNotParse() {
        assertThat(topics.parseDeviceTopic("hall/H2/dev/K1/up/status")).isEmpty();
        assertThat(topics.parseDeviceTopic("hall/H1/window/3/state")).isEmpty();
    }

    @Test
    void wildcardsCannotSneakInThroughIds() {
        assertThatThrownBy(() -> topics.device("+", Topic.REPLY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallTopics("H/1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDeviceWrittenTopicLiesUnderTheDevicesUpTree() {
        for (Topic t : Topic.values()) {
            if (t.writer() == Topic.Writer.DEVICE) {
                assertThat(t.pattern()).as(t.name()).startsWith("hall/{hall}/dev/{device}/up/");
            } else {
                assertThat(t.pattern()).as(t.name()).doesNotContain("/up/");
            }
        }
    }
}
