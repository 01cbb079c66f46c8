package dev.hallq.evaluator.keys;

import java.util.function.Consumer;

/**
 * Hardware port of the evaluation pad: key presses in, rating-key LEDs out.
 * Implemented by {@link GpioKeypad} on a Raspberry Pi and {@link SimulatedKeypad} for demos and tests.
 */
public interface Keypad extends AutoCloseable {

    /**
     * Adds a listener called once per key press. Several listeners may be added; one that throws
     * is logged and does not stop the others. Listeners may be called on a GPIO event thread.
     */
    void onKey(Consumer<PadKey> listener);

    /**
     * Turns the LED of a rating key on or off.
     *
     * @throws IllegalArgumentException if {@code ratingKey} is a staff key (staff keys have no LED)
     */
    void light(PadKey ratingKey, boolean on);

    /** OK, or a fault with its reason (closed keypad, stuck key, LED that cannot be driven). */
    KeypadHealth health();

    /** Stops delivering presses, turns the LEDs off and releases the hardware. Idempotent. */
    @Override
    void close();

    /** Shared argument check for {@link #light}. */
    static PadKey requireRatingKey(PadKey key) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        if (!key.isRatingKey()) {
            throw new IllegalArgumentException(
                    "only rating keys have an LED; " + key + " (" + key.label() + ") is a staff key");
        }
        return key;
    }
}
