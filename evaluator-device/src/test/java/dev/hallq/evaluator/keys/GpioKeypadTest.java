package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GpioKeypadTest {

    private final MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
    private final List<PadKey> presses = new CopyOnWriteArrayList<>();
    private MockGpio gpio = MockGpio.withPlatform(true);
    private GpioKeypad pad;

    @AfterEach
    void shutdownMockContext() {
        if (pad != null) {
            pad.close();
        }
        gpio.shutdown();
    }

    private GpioKeypad open(PinMap pins) {
        pad = new GpioKeypad(gpio.context, pins, clock);
        gpio.releaseAll();
        pad.onKey(presses::add);
        return pad;
    }

    @Test
    void each_key_input_is_on_its_mapped_pin_with_pull_up_and_the_pi4j_debounce() {
        open(PinMap.defaults());

        for (PadKey key : PadKey.values()) {
            DigitalInput input = gpio.input(key);
            assertThat(input.address()).as(key.name()).isEqualTo(PinMap.defaults().keyPin(key));
            assertThat(input.config().pull()).isEqualTo(PullResistance.PULL_UP);
            assertThat(input.config().debounce()).isEqualTo(30_000L);
        }
        for (PadKey key : PadKey.ratingKeys()) {
            assertThat(gpio.led(key).address()).isEqualTo(PinMap.defaults().ledPin(key));
            assertThat(gpio.led(key).state()).isEqualTo(DigitalState.LOW);
        }
    }

    @Test
    void pressing_a_key_fires_the_listeners_once_with_that_key_and_release_fires_nothing() {
        open(PinMap.defaults());

        gpio.pressDown(PadKey.VERY_DISSATISFIED);
        assertThat(presses).containsExactly(PadKey.VERY_DISSATISFIED);
        gpio.release(PadKey.VERY_DISSATISFIED);
        clock.advance(Duration.ofSeconds(1));
        gpio.click(PadKey.NEXT);

        assertThat(presses).containsExactly(PadKey.VERY_DISSATISFIED, PadKey.NEXT);
    }

    @Test
    void every_key_reports_itself() {
        open(PinMap.defaults());

        for (PadKey key : PadKey.values()) {
            gpio.click(key);
        }

        assertThat(presses).containsExactly(PadKey.values());
    }

    @Test
    void contact_bounce_within_the_debounce_window_is_ignored_and_a_later_press_counts() {
        open(PinMap.defaults());

        gpio.click(PadKey.SATISFIED);
        clock.advance(Duration.ofMillis(12));
        gpio.click(PadKey.SATISFIED);
        clock.advance(Duration.ofMillis(18));
        gpio.click(PadKey.SATISFIED);

        assertThat(presses).containsExactly(PadKey.SATISFIED, PadKey.SATISFIED);
    }

    @Test
    void a_pad_wired_active_high_fires_on_high_with_pull_down() {
        gpio = MockGpio.withPlatform(false);
        open(new PinMap(PinMap.defaults().keyPins(), PinMap.defaults().ledPins(), false, Duration.ofMillis(30)));

        gpio.click(PadKey.RECALL);

        assertThat(presses).containsExactly(PadKey.RECALL);
        assertThat(gpio.input(PadKey.RECALL).config().pull()).isEqualTo(PullResistance.PULL_DOWN);
    }

    @Test
    void a_listener_that_throws_does_not_stop_other_listeners_or_later_presses() {
        open(PinMap.defaults());
        pad.onKey(key -> {
            throw new IllegalStateException("outbox full");
        });
        List<PadKey> second = new CopyOnWriteArrayList<>();
        pad.onKey(second::add);

        gpio.click(PadKey.NO_SHOW);
        gpio.click(PadKey.FINISH);

        assertThat(presses).containsExactly(PadKey.NO_SHOW, PadKey.FINISH);
        assertThat(second).containsExactly(PadKey.NO_SHOW, PadKey.FINISH);
    }

    @Test
    void light_drives_the_rating_key_led_high_and_low() {
        open(PinMap.defaults());

        pad.light(PadKey.BASICALLY_SATISFIED, true);
        assertThat(gpio.led(PadKey.BASICALLY_SATISFIED).state()).isEqualTo(DigitalState.HIGH);
        assertThat(gpio.led(PadKey.SATISFIED).state()).isEqualTo(DigitalState.LOW);

        pad.light(PadKey.BASICALLY_SATISFIED, false);
        assertThat(gpio.led(PadKey.BASICALLY_SATISFIED).state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void lighting_a_staff_key_is_refused() {
        open(PinMap.defaults());

        assertThatThrownBy(() -> pad.light(PadKey.PAUSE_RESUME, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAUSE_RESUME");
    }

    @Test
    void a_key_held_past_the_stuck_limit_makes_health_a_fault_naming_key_and_pin() {
        open(PinMap.defaults());
        gpio.pressDown(PadKey.NEXT);

        clock.advance(GpioKeypad.STUCK_AFTER.minusSeconds(1));
        assertThat(pad.health().isOk()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(pad.health().isOk()).isFalse();
        assertThat(pad.health().reason()).contains("NEXT", "GPIO 12");

        gpio.release(PadKey.NEXT);
        assertThat(pad.health().isOk()).isTrue();
    }

    @Test
    void a_key_that_reads_pressed_from_the_start_is_reported_stuck_until_released() {
        pad = new GpioKeypad(gpio.context, PinMap.defaults(), clock);

        clock.advance(GpioKeypad.STUCK_AFTER);
        assertThat(pad.health().reason()).contains("stuck");

        gpio.releaseAll();
        assertThat(pad.health()).isEqualTo(KeypadHealth.ok());
    }

    @Test
    void close_turns_leds_off_releases_every_gpio_and_stops_presses() {
        open(PinMap.defaults());
        pad.light(PadKey.VERY_SATISFIED, true);
        DigitalOutput led = gpio.led(PadKey.VERY_SATISFIED);
        DigitalInput next = gpio.input(PadKey.NEXT);

        pad.close();

        assertThat(led.state()).isEqualTo(DigitalState.LOW);
        assertThat(gpio.context.registry().all()).isEmpty();
        assertThat(pad.health().reason()).contains("closed");
        ((MockDigitalInput) next).mockState(DigitalState.LOW);
        assertThat(presses).isEmpty();
    }

    @Test
    void a_closed_pad_frees_its_pins_for_a_new_one() {
        open(PinMap.defaults()).close();

        open(PinMap.defaults());
        gpio.click(PadKey.FINISH);

        assertThat(presses).containsExactly(PadKey.FINISH);
    }

    @Test
    void a_pin_that_cannot_be_opened_fails_construction_and_releases_the_others() {
        gpio.context.create(DigitalOutput.newConfigBuilder(gpio.context)
                .id(GpioKeypad.keyInputId(PadKey.FINISH)).address(25).build());

        assertThatThrownBy(() -> new GpioKeypad(gpio.context, PinMap.defaults(), clock))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("keypad");

        assertThat(gpio.context.registry().all()).containsOnlyKeys(GpioKeypad.keyInputId(PadKey.FINISH));
    }

    @Test
    void a_context_with_providers_only_as_on_the_pi_works_too() {
        gpio.shutdown();
        gpio = MockGpio.providersOnly();
        open(PinMap.defaults());

        gpio.click(PadKey.PAUSE_RESUME);
        pad.light(PadKey.DISSATISFIED, true);

        assertThat(presses).containsExactly(PadKey.PAUSE_RESUME);
        assertThat(gpio.led(PadKey.DISSATISFIED).state()).isEqualTo(DigitalState.HIGH);
    }
}
