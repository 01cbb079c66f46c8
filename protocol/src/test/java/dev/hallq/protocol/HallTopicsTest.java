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
