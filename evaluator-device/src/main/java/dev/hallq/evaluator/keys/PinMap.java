package dev.hallq.evaluator.keys;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the pad is wired: a BCM GPIO number for every key input and for every rating key's LED,
 * whether keys are active-low (key to GND, internal pull-up, pressed = LOW) and the debounce time.
 * Immutable; validated on construction (all pins in BCM 2..27, no pin used twice).
 */
public record PinMap(Map<PadKey, Integer> keyPins, Map<PadKey, Integer> ledPins,
                     boolean activeLow, Duration debounce) {

    public static final int MIN_BCM = 2;
    public static final int MAX_BCM = 27;
    public static final Duration MAX_DEBOUNCE = Duration.ofSeconds(1);

    private static final PinMap DEFAULTS = new PinMap(
            Map.of(PadKey.VERY_SATISFIED, 5, PadKey.SATISFIED, 6, PadKey.BASICALLY_SATISFIED, 13,
                    PadKey.DISSATISFIED, 19, PadKey.VERY_DISSATISFIED, 26, PadKey.NEXT, 12,
                    PadKey.RECALL, 16, PadKey.NO_SHOW, 20, PadKey.PAUSE_RESUME, 21, PadKey.FINISH, 4),
            Map.of(PadKey.VERY_SATISFIED, 17, PadKey.SATISFIED, 27, PadKey.BASICALLY_SATISFIED, 22,
                    PadKey.DISSATISFIED, 23, PadKey.VERY_DISSATISFIED, 24),
            true, Duration.ofMillis(30));

    public PinMap {
        keyPins = frozen(Objects.requireNonNull(keyPins, "keyPins"));
        ledPins = frozen(Objects.requireNonNull(ledPins, "ledPins"));
        Objects.requireNonNull(debounce, "debounce");
        if (debounce.isNegative() || debounce.compareTo(MAX_DEBOUNCE) > 0) {
            throw new IllegalArgumentException(
                    "debounceMillis=" + debounce.toMillis() + " must be between 0 and " + MAX_DEBOUNCE.toMillis());
        }
        Map<Integer, String> owners = new HashMap<>();
        for (PadKey key : PadKey.values()) {
            Integer pin = keyPins.get(key);
            if (pin == null) {
                throw new IllegalArgumentException("key." + key + " has no GPIO pin");
            }
            claim(owners, pin, "key." + key);
            Integer led = ledPins.get(key);
            if (key.isRatingKey() && led == null) {
                throw new IllegalArgumentException("led." + key + " has no GPIO pin");
            }
            if (!key.isRatingKey() && led != null) {
                throw new IllegalArgumentException(
                        "led." + key + "=" + led + ": staff keys have no LED, only rating keys do");
            }
            if (led != null) {
                claim(owners, led, "led." + key);
            }
        }
    }

    /** The layout documented in hardware-docs/evaluator-device.md. */
    public static PinMap defaults() {
        return DEFAULTS;
    }

    /**
     * Reads overrides from a {@code .properties} file ({@code key.NEXT=16}, {@code led.SATISFIED=27},
     * {@code activeLow=true}, {@code debounceMillis=30}); anything missing comes from {@link #defaults()}.
     *
     * @throws IllegalArgumentException for a bad entry, naming the entry and its value
     */
    public static PinMap load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return fromProperties(properties);
    }

    /** As {@link #load}, from properties already read. */
    public static PinMap fromProperties(Properties properties) {
        return PinMapProperties.apply(properties, DEFAULTS);
    }

    /** BCM GPIO of a key's input. */
    public int keyPin(PadKey key) {
        return keyPins.get(Objects.requireNonNull(key, "key"));
    }

    /** BCM GPIO of a rating key's LED; staff keys have none. */
    public int ledPin(PadKey ratingKey) {
        return ledPins.get(Keypad.requireRatingKey(ratingKey));
    }

    private static void claim(Map<Integer, String> owners, Integer pin, String entry) {
        if (pin < MIN_BCM || pin > MAX_BCM) {
            throw new IllegalArgumentException(
                    entry + "=" + pin + " is outside BCM GPIO " + MIN_BCM + ".." + MAX_BCM);
        }
        String previous = owners.putIfAbsent(pin, entry);
        if (previous != null) {
            throw new IllegalArgumentException(
                    entry + "=" + pin + ": GPIO " + pin + " is already used by " + previous);
        }
    }

    private static Map<PadKey, Integer> frozen(Map<PadKey, Integer> pins) {
        Map<PadKey, Integer> copy = new EnumMap<>(PadKey.class);
        pins.forEach((key, pin) -> copy.put(Objects.requireNonNull(key, "pad key"),
                Objects.requireNonNull(pin, () -> "GPIO pin of " + key)));
        return Collections.unmodifiableMap(copy);
    }
}
