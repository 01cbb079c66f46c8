package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedKeypadTest {

    private final SimulatedKeypad pad = new SimulatedKeypad();
    private final List<String> heard = new ArrayList<>();

    @Test
    void a_press_reaches_every_listener_before_press_returns() {
        pad.onKey(key -> heard.add("first " + key));
        pad.onKey(key -> heard.add("second " + key));

        pad.press(PadKey.SATISFIED);

        assertThat(heard).containsExactly("first SATISFIED", "second SATISFIED");
    }

    @Test
    void a_listener_that_throws_does_not_stop_other_listeners_or_later_presses() {
        pad.onKey(key -> {
            throw new IllegalStateException("hub offline");
        });
        pad.onKey(key -> heard.add(key.name()));

        pad.press(PadKey.NEXT);
        pad.press(PadKey.FINISH);

        assertThat(heard).containsExactly("NEXT", "FINISH");
    }

    @Test
    void rating_key_leds_go_on_and_off() {
        pad.light(PadKey.VERY_SATISFIED, true);
        pad.light(PadKey.DISSATISFIED, true);
        pad.light(PadKey.DISSATISFIED, false);

        assertThat(pad.isLit(PadKey.VERY_SATISFIED)).isTrue();
        assertThat(pad.isLit(PadKey.DISSATISFIED)).isFalse();
        assertThat(pad.litKeys()).containsExactly(PadKey.VERY_SATISFIED);
    }

    @Test
    void staff_keys_have_no_led() {
        assertThatThrownBy(() -> pad.light(PadKey.RECALL, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RECALL");
    }

    @Test
    void an_injected_fault_shows_in_health_until_cleared() {
        assertThat(pad.health().isOk()).isTrue();

        pad.simulateFault("key NEXT stuck");
        assertThat(pad.health()).isEqualTo(KeypadHealth.fault("key NEXT stuck"));

        pad.clearFault();
        assertThat(pad.health()).isEqualTo(KeypadHealth.ok());
    }

    @Test
    void a_closed_pad_delivers_nothing_turns_leds_off_and_reports_closed() {
        pad.onKey(key -> heard.add(key.name()));
        pad.light(PadKey.SATISFIED, true);

        pad.close();
        pad.press(PadKey.NEXT);

        assertThat(heard).isEmpty();
        assertThat(pad.litKeys()).isEmpty();
        assertThat(pad.health().status()).isEqualTo(KeypadHealth.Status.FAULT);
        assertThat(pad.health().reason()).contains("closed");
    }
}
