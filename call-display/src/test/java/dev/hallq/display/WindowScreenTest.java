package dev.hallq.display;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class WindowScreenTest {
    private TestHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = TestHall.withHubOnline(hub);
    }

    @Test
    void a_new_call_is_acked_shown_exactly_once_even_after_the_retained_state_comes_back() {
        hall.hub.retainAndConfirm(hall.topics.windowState(3), TestHall.calling(3, "A001", 5));
        DisplayAgent screen = hall.windowScreen("S3", 3);

        CallAck shown = hall.awaitAck("S3", 5, AckRole.SHOWN);
        assertThat(shown.at()).isNotNull();
        assertThat(screen.windowState()).map(WindowState::ticket).hasValueSatisfying(t -> assertThat(t.number()).isEqualTo("A001"));
        assertThat(screen.runtime().status().current().kind()).isEqualTo(DeviceKind.WINDOW_SCREEN);
        assertThat(screen.runtime().status().current().window()).isEqualTo(3);

        int heardBefore = screen.windowStatesHeard();
        hall.hub.dropClient("S3");
        awaitOfflineThenOnlineAgain("S3");
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.windowStatesHeard() > heardBefore);

        // a later call is the observable event: everything the resync could have acked is published before it
        hall.hub.retain(hall.topics.windowState(3), TestHall.calling(3, "A002", 6));
        hall.awaitAck("S3", 6, AckRole.SHOWN);
        assertThat(hall.acks("S3")).extracting(CallAck::seq).containsExactly(5L, 6L);
        assertThat(screen.windowState()).map(WindowState::callSeq).contains(6L);
    }

    @Test
    void every_state_change_is_shown_but_only_a_call_is_acked() {
        DisplayAgent screen = hall.windowScreen("S4", 4);
        hall.hub.retain(hall.topics.windowState(4), TestHall.calling(4, "B007", 11));
        hall.awaitAck("S4", 11, AckRole.SHOWN);

        hall.hub.retain(hall.topics.windowState(4), TestHall.phase(4, WindowPhase.PAUSED, 11, "午休"));
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.windowState().map(WindowState::phase)
                .orElse(null) == WindowPhase.PAUSED);
        assertThat(screen.windowState()).map(WindowState::pauseReason).contains("午休");

        hall.hub.retain(hall.topics.windowState(4), TestHall.calling(4, "B008", 12));
        hall.awaitAck("S4", 12, AckRole.SHOWN);
        assertThat(hall.acks("S4")).extracting(CallAck::seq).containsExactly(11L, 12L);
    }

    @Test
    void malformed_window_states_are_dropped_and_the_screen_keeps_working() {
        DisplayAgent screen = TestHall.online(hall.windowScreen("S5", 5));
        hall.hub.sendRaw(hall.topics.windowState(5), "{not json");
        hall.hub.sendRaw(hall.topics.windowState(5), "{\"schema\":1,\"window\":5,\"windowName\":\"5号窗口\",\"phase\":\"CALLING\","
                + "\"callSeq\":3,\"at\":\"2026-11-24T02:00:00Z\"}"); // CALLING without its ticket
        hall.hub.send(hall.topics.windowState(7), TestHall.calling(7, "C001", 4)); // another window's topic: not heard

        hall.hub.send(hall.topics.windowState(5), TestHall.calling(5, "C002", 9));
        hall.awaitAck("S5", 9, AckRole.SHOWN);
        assertThat(screen.malformedDropped()).isEqualTo(2);
        assertThat(hall.acks("S5")).extracting(CallAck::seq).containsExactly(9L);
        assertThat(screen.windowState()).map(WindowState::callSeq).contains(9L);
    }

    @Test
    void a_window_removed_from_the_hall_shows_as_not_in_use_and_its_empty_state_is_no_bad_payload() {
        hall.hub.retainAndConfirm(hall.topics.windowState(6), TestHall.calling(6, "A006", 21));
        DisplayAgent screen = hall.windowScreen("S6", 6);
        hall.awaitAck("S6", 21, AckRole.SHOWN);
        assertThat(screen.windowInUse()).isTrue();

        hall.clearRetained(hall.topics.windowState(6));

        await().atMost(Duration.ofSeconds(10)).until(() -> !screen.windowInUse());
        assertThat(screen.windowState()).isEmpty();
        assertThat(screen.malformedDropped()).isZero();

        // the hall gets its window 6 back: the screen shows it again and acks its next call
        hall.hub.retain(hall.topics.windowState(6), TestHall.calling(6, "A007", 22));
        hall.awaitAck("S6", 22, AckRole.SHOWN);
        assertThat(screen.windowInUse()).isTrue();
        assertThat(hall.acks("S6")).extracting(CallAck::seq).containsExactly(21L, 22L);
    }

    @Test
    void a_window_the_hub_has_no_state_for_shows_as_not_in_use_once_the_state_is_overdue() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        DisplayAgent screen = hall.start(DisplaySettings.window(hall.hub.agent("S9"), 9), new RecordingSpeech(), clock);
        TestHall.online(screen);

        clock.advance(WindowScreen.NO_STATE_GRACE.minusSeconds(1));
        screen.checkSilence();
        assertThat(screen.windowInUse()).as("still waiting for the retained state").isTrue();

        clock.advance(Duration.ofSeconds(1));
        screen.checkSilence();
        assertThat(screen.windowInUse()).isFalse();
        assertThat(screen.windowState()).isEmpty();
    }

    @Test
    void a_screen_that_reconnects_and_gets_its_retained_state_again_stays_in_use() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        hall.hub.retainAndConfirm(hall.topics.windowState(8), TestHall.phase(8, WindowPhase.IDLE, 0, null));
        DisplayAgent screen = hall.start(DisplaySettings.window(hall.hub.agent("S8"), 8), new RecordingSpeech(), clock);
        TestHall.online(screen);
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.windowStatesHeard() == 1);

        hall.hub.dropClient("S8");
        awaitOfflineThenOnlineAgain("S8");
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.windowStatesHeard() == 2);
        clock.advance(WindowScreen.NO_STATE_GRACE.plusSeconds(1));
        screen.checkSilence();

        assertThat(screen.windowInUse()).isTrue();
        assertThat(screen.windowState()).map(WindowState::phase).contains(WindowPhase.IDLE);
    }

    private void awaitOfflineThenOnlineAgain(String deviceId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<DeviceStatus> seen = hall.hub.statuses(deviceId);
            int gone = -1;
            for (int i = 0; i < seen.size(); i++) {
                if (seen.get(i).state() == DeviceState.OFFLINE) {
                    gone = i;
                } else if (gone >= 0) {
                    return true;
                }
            }
            return false;
        });
    }
}
