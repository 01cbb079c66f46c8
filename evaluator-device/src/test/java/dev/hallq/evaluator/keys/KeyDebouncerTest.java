package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyDebouncerTest {

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private final KeyDebouncer debouncer = new KeyDebouncer(Duration.ofMillis(30));

    @Test
    void a_second_press_of_the_same_key_inside_the_window_is_bounce() {
        assertThat(debouncer.accept(PadKey.NEXT, T0)).isTrue();
        assertThat(debouncer.accept(PadKey.NEXT, T0.plusMillis(29))).isFalse();
    }

    @Test
    void a_press_at_or_after_the_window_is_a_new_press() {
        assertThat(debouncer.accept(PadKey.NEXT, T0)).isTrue();
        assertThat(debouncer.accept(PadKey.NEXT, T0.plusMillis(30))).isTrue();
        assertThat(debouncer.accept(PadKey.NEXT, T0.plusMillis(45))).isFalse();
    }

    @Test
    void keys_debounce_independently() {
        assertThat(debouncer.accept(PadKey.NEXT, T0)).isTrue();
        assertThat(debouncer.accept(PadKey.RECALL, T0.plusMillis(1))).isTrue();
    }

    @Test
    void a_clock_stepped_backwards_never_leaves_the_key_dead() {
        assertThat(debouncer.accept(PadKey.SATISFIED, T0)).isTrue();
        assertThat(debouncer.accept(PadKey.SATISFIED, T0.minus(Duration.ofHours(1)))).isTrue();
    }
}
