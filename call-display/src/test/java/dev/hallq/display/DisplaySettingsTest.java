package dev.hallq.display;

import dev.hallq.agent.AgentSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplaySettingsTest {
    private final AgentSettings agent = new AgentSettings("tcp://127.0.0.1:1883", "hall1", "S3", "127.0.0.1", 0, true);

    @Test
    void a_window_screen_shows_one_window_does_not_speak_and_waits_30_s_for_the_hub() {
        DisplaySettings settings = DisplaySettings.window(agent, 3);
        assertThat(settings.role()).isEqualTo(ScreenRole.WINDOW);
        assertThat(settings.window()).isEqualTo(3);
        assertThat(settings.announce()).isFalse();
        assertThat(settings.hubSilence()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void the_hall_screen_has_no_window_and_may_speak() {
        DisplaySettings settings = DisplaySettings.hall(agent, true);
        assertThat(settings.role()).isEqualTo(ScreenRole.HALL);
        assertThat(settings.window()).isNull();
        assertThat(settings.announce()).isTrue();
        assertThat(new DisplaySettings(agent, ScreenRole.HALL, null, false, null).hubSilence()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void bad_settings_fail_fast_naming_what_is_wrong() {
        assertThatThrownBy(() -> DisplaySettings.window(agent, 0)).hasMessageContaining("--window");
        assertThatThrownBy(() -> new DisplaySettings(agent, ScreenRole.WINDOW, null, false, null)).hasMessageContaining("--window");
        assertThatThrownBy(() -> new DisplaySettings(agent, ScreenRole.WINDOW, 2, true, null)).hasMessageContaining("--announce");
        assertThatThrownBy(() -> new DisplaySettings(agent, ScreenRole.HALL, 2, false, null)).hasMessageContaining("--window");
        assertThatThrownBy(() -> new DisplaySettings(agent, ScreenRole.HALL, null, false, Duration.ZERO)).hasMessageContaining("silence");
        assertThatThrownBy(() -> new DisplaySettings(agent, null, null, false, null)).hasMessageContaining("role");
        assertThatThrownBy(() -> DisplaySettings.hall(null, false)).hasMessageContaining("agent");
    }
}
