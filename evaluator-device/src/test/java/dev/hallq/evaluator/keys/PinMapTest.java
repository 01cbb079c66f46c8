package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinMapTest {

    /** I2C-1 (2, 3), UART0 (14, 15) and SPI0 (7-11) stay free for HATs and the console. */
    private static final Set<Integer> BUS_PINS = Set.of(2, 3, 7, 8, 9, 10, 11, 14, 15);

    @TempDir
    Path dir;

    @Test
    void defaults_give_every_key_a_pin_and_every_rating_key_an_led_away_from_the_buses() {
        PinMap pins = PinMap.defaults();

        List<Integer> used = new ArrayList<>(pins.keyPins().values());
        used.addAll(pins.ledPins().values());

        assertThat(pins.keyPins()).containsOnlyKeys(PadKey.values());
        assertThat(pins.ledPins().keySet()).containsExactlyElementsOf(PadKey.ratingKeys());
        assertThat(used).doesNotHaveDuplicates().doesNotContainAnyElementsOf(BUS_PINS)
                .allSatisfy(pin -> assertThat(pin).isBetween(2, 27));
        assertThat(pins.activeLow()).isTrue();
        assertThat(pins.debounce()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void a_pin_used_twice_is_refused_naming_both_uses() {
        Map<PadKey, Integer> keys = new EnumMap<>(PinMap.defaults().keyPins());
        keys.put(PadKey.FINISH, 17);

        assertThatThrownBy(() -> new PinMap(keys, PinMap.defaults().ledPins(), true, Duration.ofMillis(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17").hasMessageContaining("key.FINISH").hasMessageContaining("led.VERY_SATISFIED");
    }

    @Test
    void a_pin_outside_bcm_2_to_27_is_refused() {
        Map<PadKey, Integer> leds = new EnumMap<>(PinMap.defaults().ledPins());
        leds.put(PadKey.SATISFIED, 28);

        assertThatThrownBy(() -> new PinMap(PinMap.defaults().keyPins(), leds, true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("led.SATISFIED=28");
    }

    @Test
    void a_key_without_a_pin_is_refused() {
        Map<PadKey, Integer> keys = new EnumMap<>(PinMap.defaults().keyPins());
        keys.remove(PadKey.NO_SHOW);

        assertThatThrownBy(() -> new PinMap(keys, PinMap.defaults().ledPins(), true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key.NO_SHOW");
    }

    @Test
    void a_staff_key_led_is_refused() {
        Map<PadKey, Integer> leds = new EnumMap<>(PinMap.defaults().ledPins());
        leds.put(PadKey.NEXT, 25);

        assertThatThrownBy(() -> new PinMap(PinMap.defaults().keyPins(), leds, true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("led.NEXT");
    }

    @Test
    void the_maps_cannot_be_changed_after_construction() {
        Map<PadKey, Integer> keys = new EnumMap<>(PinMap.defaults().keyPins());
        PinMap pins = new PinMap(keys, PinMap.defaults().ledPins(), true, Duration.ZERO);
        keys.put(PadKey.NEXT, 25);

        assertThat(pins.keyPin(PadKey.NEXT)).isEqualTo(12);
        assertThatThrownBy(() -> pins.keyPins().put(PadKey.NEXT, 25))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_properties_file_overrides_some_entries_and_the_rest_stay_default() throws IOException {
        PinMap pins = PinMap.load(write("""
                # pad in window 3 rewired
                key.NEXT = 25
                led.SATISFIED=18
                activeLow=false
                debounceMillis=50
                """));

        assertThat(pins.keyPin(PadKey.NEXT)).isEqualTo(25);
        assertThat(pins.ledPin(PadKey.SATISFIED)).isEqualTo(18);
        assertThat(pins.activeLow()).isFalse();
        assertThat(pins.debounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(pins.keyPin(PadKey.RECALL)).isEqualTo(PinMap.defaults().keyPin(PadKey.RECALL));
        assertThat(pins.ledPin(PadKey.VERY_DISSATISFIED)).isEqualTo(24);
    }

    @Test
    void an_empty_file_gives_the_defaults() throws IOException {
        assertThat(PinMap.load(write(""))).isEqualTo(PinMap.defaults());
    }

    @Test
    void a_bad_value_is_refused_naming_the_entry_and_value() {
        assertLoadFails("key.NEXT=sixteen", "key.NEXT=sixteen");
        assertLoadFails("led.FINISH=25", "led.FINISH=25");
        assertLoadFails("key.NXT=16", "key.NXT=16");
        assertLoadFails("activeLow=yes", "activeLow=yes");
        assertLoadFails("debounceMillis=-5", "debounceMillis=-5");
        assertLoadFails("debounce=30", "debounce=30");
        assertLoadFails("key.RECALL=40", "key.RECALL=40");
    }

    @Test
    void an_override_that_collides_with_a_default_pin_is_refused() {
        assertLoadFails("key.NEXT=16", "key.RECALL");
    }

    @Test
    void staff_keys_have_no_led_pin() {
        assertThatThrownBy(() -> PinMap.defaults().ledPin(PadKey.PAUSE_RESUME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertLoadFails(String line, String expectedInMessage) {
        assertThatThrownBy(() -> PinMap.load(write(line + "\n")))
                .as(line)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedInMessage);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "pins", ".properties");
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
