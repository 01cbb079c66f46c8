package dev.hallq.evaluator.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Software debounce per key: a press of the same key within the window after the last accepted
 * press is contact bounce and is ignored. Other keys are independent.
 */
final class KeyDebouncer {

    private final Duration window;
    private final Map<PadKey, Instant> lastAccepted = new EnumMap<>(PadKey.class);

    KeyDebouncer(Duration window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Returns true if a press of {@code key} at {@code at} is a real press. */
    synchronized boolean accept(PadKey key, Instant at) {
        Instant last = lastAccepted.get(key);
        // a clock stepped backwards (NTP) must never leave a key dead until it catches up
        boolean bounce = last != null && !at.isBefore(last) && at.isBefore(last.plus(window));
        if (bounce) {
            return false;
        }
        lastAccepted.put(key, at);
        return true;
    }
}
