package dev.hallq.evaluator.keys;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation pad on Raspberry Pi GPIO through Pi4J: one digital input per key, one digital
 * output per rating-key LED, as laid out by a {@link PinMap}. A press is the edge to the active
 * level; presses of the same key within the debounce window (measured on the injected clock) are
 * contact bounce and are dropped. A key held active longer than {@link #STUCK_AFTER} makes
 * {@link #health()} report a fault.
 */
public final class GpioKeypad implements Keypad {

    /** A key held this long is reported as stuck (jammed key or a short to GND). */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(GpioKeypad.class);

    private final Context pi4j;
    private final PinMap pins;
    private final Clock clock;
    private final DigitalState activeLevel;
    private final KeyDebouncer debouncer;
    private final KeyListeners listeners = new KeyListeners();
    private final Map<PadKey, DigitalOutput> leds = new ConcurrentHashMap<>();
    private final List<String> openIds = new ArrayList<>();
    private final Map<PadKey, Instant> heldSince = new ConcurrentHashMap<>();
    private final Map<PadKey, String> ledFaults = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Opens every key input and LED output; if one cannot be opened, those already opened are
     * released and an {@link IllegalStateException} names the pin.
     */
    public GpioKeypad(Context pi4j, PinMap pins, Clock clock) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.activeLevel = pins.activeLow() ? DigitalState.LOW : DigitalState.HIGH;
        this.debouncer = new KeyDebouncer(pins.debounce());
        try {
            for (PadKey key : PadKey.values()) {
                openKey(key);
                if (key.isRatingKey()) {
                    openLed(key);
                }
            }
        } catch (RuntimeException e) {
            release();
            throw new IllegalStateException("cannot open the evaluator keypad GPIO: " + e.getMessage(), e);
        }
        LOG.info("Evaluator keypad open on GPIO: keys {}, LEDs {}, activeLow={}, debounce={} ms",
                pins.keyPins(), pins.ledPins(), pins.activeLow(), pins.debounce().toMillis());
    }

    /** Pi4J id of a key's input, for finding it in the context's registry. */
    public static String keyInputId(PadKey key) {
        return "evaluator-key-" + slug(key);
    }

    /** Pi4J id of a rating key's LED output. */
    public static String ledOutputId(PadKey ratingKey) {
        return "evaluator-led-" + slug(Keypad.requireRatingKey(ratingKey));
    }

    private static String slug(PadKey key) {
        return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void onKey(Consumer<PadKey> listener) {
        listeners.add(listener);
    }

    @Override
    public void light(PadKey ratingKey, boolean on) {
        Keypad.requireRatingKey(ratingKey);
        if (closed) {
            LOG.debug("LED {} set after close; ignored", ratingKey);
            return;
        }
        try {
            leds.get(ratingKey).state(on ? DigitalState.HIGH : DigitalState.LOW);
            ledFaults.remove(ratingKey);
        } catch (RuntimeException e) {
            String reason = "LED " + ratingKey + " on GPIO " + pins.ledPin(ratingKey)
                    + " cannot be switched: " + e.getMessage();
            ledFaults.put(ratingKey, reason);
            LOG.warn("Evaluator keypad fault: {}", reason, e);
        }
    }

    @Override
    public KeypadHealth health() {
        if (closed) {
            return KeypadHealth.fault("keypad closed");
        }
        Instant now = clock.instant();
        for (PadKey key : PadKey.values()) {
            Instant since = heldSince.get(key);
            if (since != null && Duration.between(since, now).compareTo(STUCK_AFTER) >= 0) {
                return KeypadHealth.fault("key " + key + " (" + key.label() + ") on GPIO "
                        + pins.keyPin(key) + " held for " + Duration.between(since, now).toSeconds()
                        + " s: stuck key or short circuit");
            }
        }
        return ledFaults.values().stream().findFirst().map(KeypadHealth::fault).orElse(KeypadHealth.ok());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        listeners.clear();
        leds.forEach((key, led) -> {
            try {
                led.low();
            } catch (RuntimeException e) {
                LOG.warn("LED {} could not be turned off on close", key, e);
            }
        });
        release();
        LOG.info("Evaluator keypad closed; GPIO released");
    }

    private void openKey(PadKey key) {
        DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .id(keyInputId(key))
                .name("evaluator key " + key.label())
                .address(pins.keyPin(key))
                .pull(pins.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                .debounce(TimeUnit.NANOSECONDS.toMicros(pins.debounce().toNanos()), TimeUnit.MICROSECONDS)
                .build());
        openIds.add(input.id());
        if (input.state() == activeLevel) {
            LOG.warn("Key {} ({}) on GPIO {} reads pressed at start", key, key.label(), pins.keyPin(key));
            heldSince.put(key, clock.instant());
        }
        input.addListener(event -> onLevel(key, event.state()));
    }

    private void openLed(PadKey key) {
        DigitalOutput led = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(ledOutputId(key))
                .name("evaluator LED " + key.label())
                .address(pins.ledPin(key))
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW)
                .build());
        openIds.add(led.id());
        leds.put(key, led);
    }

    private void onLevel(PadKey key, DigitalState level) {
        if (closed) {
            return;
        }
        if (level != activeLevel) {
            heldSince.remove(key);
            return;
        }
        Instant now = clock.instant();
        heldSince.put(key, now);
        if (!debouncer.accept(key, now)) {
            LOG.debug("Key {} bounced within {} ms; ignored", key, pins.debounce().toMillis());
            return;
        }
        LOG.debug("Key {} ({}) pressed", key, key.label());
        listeners.fire(key);
    }

    private void release() {
        for (String id : openIds) {
            try {
                pi4j.shutdown(id);
            } catch (RuntimeException e) {
                LOG.warn("GPIO {} could not be released", id, e);
            }
        }
        openIds.clear();
    }
}
