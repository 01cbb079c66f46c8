package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue figures of the dashboard: who has waited longest, and what the caps leave. */
class HallSnapshotTest {

    @Test
    void eachLineNamesItsLongestWaitingTicketAndTheTicketsLeftInTheSlot() {
        try (AlertHall h = new AlertHall(new MemoryHallStore(), AlertHall.tuesdayAt("10:00:00"))) {
            h.issue("tax");
            h.at("10:05:00");
            h.issue("tax");
            h.issue("social");
            HallSnapshot s = snapshot(h);
            assertThat(s.lines().get("tax")).satisfies(l -> {
                assertThat(l.waiting()).isEqualTo(2);
                assertThat(l.longestNumber()).isEqualTo("B001");
                assertThat(l.longestSince()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
                assertThat(l.leftInSlot()).as("slotCap 3 per 30 minutes").isEqualTo(1);
            });
            assertThat(s.lines().get("social").leftInSlot()).as("no slot cap").isNull();

            h.key(2, StaffAction.NEXT); // window 2 serves social first
            h.key(1, StaffAction.PAUSE);
            h.at("10:30:00");
            s = snapshot(h);
            assertThat(s.lines().get("social").longestNumber()).isNull();
            assertThat(s.lines().get("tax").longestNumber()).isEqualTo("B001");
            assertThat(s.lines().get("tax").leftInSlot()).as("a new slot began at 10:30").isEqualTo(3);
        }
    }

    private static HallSnapshot snapshot(AlertHall h) {
        return h.desk.ask(() -> HallSnapshot.of(h.engine), Duration.ofSeconds(5));
    }
}
