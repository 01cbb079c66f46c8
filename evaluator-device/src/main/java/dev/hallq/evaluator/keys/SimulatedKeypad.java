package dev.hallq.evaluator.keys;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keypad without hardware: {@link #press} delivers synchronously to the listeners on the
 * caller's thread, LEDs are remembered, and a fault can be injected. Runs the demo and the tests
 * of other modules.
 */
public final class SimulatedKeypad implements Keypad {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedKeypad.class);

    private final KeyListeners listeners = new KeyListeners();
    private final Set<PadKey> lit = Collections.synchronizedSet(EnumSet.noneOf(PadKey.class));
    private volatile KeypadHealth health = KeypadHealth.ok();
    private volatile boolean closed;

    @Override
    public void onKey(Consumer<PadKey> listener) {
        listeners.add(listener);
    }

    /** Presses a key: every listener gets it before this returns. Ignored once closed. */
    public void press(PadKey key) {
        Objects.requireNonNull(key, "key");
        if (closed) {
            LOG.debug("Simulated key {} pressed after close; ignored", key);
            return;
        }
        LOG.debug("Simulated key {} ({}) pressed", key, key.label());
        listeners.fire(key);
    }

    @Override
    public void light(PadKey ratingKey, boolean on) {
        Keypad.requireRatingKey(ratingKey);
        if (closed) {
            return;
        }
        if (on) {
            lit.add(ratingKey);
        } else {
            lit.remove(ratingKey);
        }
    }

    public boolean isLit(PadKey key) {
        return lit.contains(key);
    }

    /** The rating keys whose LED is on now. */
    public Set<PadKey> litKeys() {
        synchronized (lit) {
            return lit.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(lit));
        }
    }

    /** Makes {@link #health()} report a fault, as a broken real pad would. */
    public void simulateFault(String reason) {
        health = KeypadHealth.fault(reason);
    }

    /** Clears a fault set by {@link #simulateFault}. */
    public void clearFault() {
        health = KeypadHealth.ok();
    }

    @Override
    public KeypadHealth health() {
        return closed ? KeypadHealth.fault("keypad closed") : health;
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
        lit.clear();
    }
}
