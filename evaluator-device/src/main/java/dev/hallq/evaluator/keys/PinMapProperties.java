package dev.hallq.evaluator.keys;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Applies {@code .properties} overrides to a {@link PinMap}; every error names the entry and value. */
final class PinMapProperties {

    static final String KEY_PREFIX = "key.";
    static final String LED_PREFIX = "led.";
    static final String ACTIVE_LOW = "activeLow";
    static final String DEBOUNCE_MILLIS = "debounceMillis";

    private PinMapProperties() {
    }

    static PinMap apply(Properties properties, PinMap base) {
        Map<PadKey, Integer> keys = new EnumMap<>(base.keyPins());
        Map<PadKey, Integer> leds = new EnumMap<>(base.ledPins());
        boolean activeLow = base.activeLow();
        Duration debounce = base.debounce();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name).trim();
            if (name.startsWith(KEY_PREFIX)) {
                keys.put(padKey(name, KEY_PREFIX, value), number(name, value));
            } else if (name.startsWith(LED_PREFIX)) {
                leds.put(padKey(name, LED_PREFIX, value), number(name, value));
            } else if (name.equals(ACTIVE_LOW)) {
                activeLow = bool(name, value);
            } else if (name.equals(DEBOUNCE_MILLIS)) {
                debounce = Duration.ofMillis(number(name, value));
            } else {
                throw bad(name, value, "unknown pin-map entry; expected key.<KEY>, led.<RATING_KEY>, "
                        + ACTIVE_LOW + " or " + DEBOUNCE_MILLIS);
            }
        }
        return new PinMap(keys, leds, activeLow, debounce);
    }

    private static PadKey padKey(String name, String prefix, String value) {
        String keyName = name.substring(prefix.length());
        try {
            return PadKey.valueOf(keyName);
        } catch (IllegalArgumentException e) {
            throw bad(name, value, "'" + keyName + "' is not a pad key");
        }
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name, value, "not a whole number");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(name, value, "must be true or false");
        };
    }

    private static IllegalArgumentException bad(String name, String value, String why) {
        return new IllegalArgumentException("pin map: " + name + "=" + value + ": " + why);
    }
}
