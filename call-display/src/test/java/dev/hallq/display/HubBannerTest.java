package dev.hallq.display;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class HubBannerTest {
    private TestHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new TestHall(hub);
    }

    @Test
    void the_banner_is_up_until_the_hub_is_heard_and_goes_up_again_when_the_hub_says_offline() {
        DisplayAgent screen = hall.windowScreen("S1", 1);
        assertThat(screen.hubOnline()).isFalse();

        hall.hub.isNow(DeviceState.ONLINE);
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);

        hall.hub.isNow(DeviceState.OFFLINE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !screen.hubOnline());

        hall.hub.isNow(DeviceState.ONLINE);
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
    }

    @Test
    void the_banner_goes_up_after_the_hub_has_been_silent_too_long_and_down_when_it_is_heard_again() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        DisplaySettings settings = new DisplaySettings(hall.hub.agent("HS"), ScreenRole.HALL, null, false, Duration.ofSeconds(30));
        DisplayAgent screen = onlineScreen(settings, clock);

        hearNothingFor(screen, clock, 29);
        assertThat(screen.hubOnline()).isTrue();

        hearNothingFor(screen, clock, 2);
        assertThat(screen.hubOnline()).isFalse();

        hall.hub.send(hall.topics.services(), "{\"not\": \"a board\"}"); // even an unreadable message is the hub talking
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
    }

    @Test
    void the_heartbeat_of_the_screens_own_slot_counts_as_hearing_from_the_hub() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        DisplaySettings settings = new DisplaySettings(hall.hub.agent("S3"), ScreenRole.WINDOW, 3, false, Duration.ofSeconds(30));
        DisplayAgent screen = onlineScreen(settings, clock);

        hearNothingFor(screen, clock, 31);
        assertThat(screen.hubOnline()).isFalse();

        hall.hub.send(hall.topics.hubBeat(HallTopics.beatSlotOf("S3")),
                new HubStatus(hall.topics.hallId(), DeviceState.ONLINE, "test", clock.instant(), clock.instant(), null));
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
    }

    @Test
    void a_window_screen_counts_its_window_state_as_hearing_from_the_hub() {
        MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
        DisplaySettings settings = new DisplaySettings(hall.hub.agent("S2"), ScreenRole.WINDOW, 2, false, Duration.ofSeconds(10));
        DisplayAgent screen = onlineScreen(settings, clock);

        hearNothingFor(screen, clock, 11);
        assertThat(screen.hubOnline()).isFalse();

        hall.hub.send(hall.topics.windowState(2), TestHall.phase(2, WindowPhase.IDLE, 0, null));
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
        assertThat(screen.windowState()).isPresent();
    }

    /** A screen that has heard the hub say it is online. */
    private DisplayAgent onlineScreen(DisplaySettings settings, MutableClock clock) {
        DisplayAgent screen = hall.start(settings, new RecordingSpeech(), clock);
        hall.hub.isNow(DeviceState.ONLINE);
        TestHall.online(screen);
        return screen;
    }

    private static void hearNothingFor(DisplayAgent screen, MutableClock clock, int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        screen.checkSilence();
    }
}
