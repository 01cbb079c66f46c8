package dev.hallq.evaluator.keys;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** A fresh Pi4J mock context per test, and a finger to press the pad's keys with. */
final class MockGpio {

    final Context context;
    private final boolean activeLow;

    private MockGpio(Context context, boolean activeLow) {
        this.context = context;
        this.activeLow = activeLow;
    }

    static MockGpio withPlatform(boolean activeLow) {
        return new MockGpio(Pi4J.newContextBuilder().noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build(), activeLow);
    }

    /** Like {@link PiGpio}: no platform, only named providers. */
    static MockGpio providersOnly() {
        return new MockGpio(Pi4J.newContextBuilder().noAutoDetect()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build(), true);
    }

    MockDigitalInput input(PadKey key) {
        return (MockDigitalInput) context.registry().get(GpioKeypad.keyInputId(key), DigitalInput.class);
    }

    DigitalOutput led(PadKey key) {
        return context.registry().get(GpioKeypad.ledOutputId(key), DigitalOutput.class);
    }

    /** Every key at rest, as the pull resistors hold them on a wired pad. */
    void releaseAll() {
        for (PadKey key : PadKey.values()) {
            release(key);
        }
    }

    void pressDown(PadKey key) {
        input(key).mockState(activeLow ? DigitalState.LOW : DigitalState.HIGH);
    }

    void release(PadKey key) {
        input(key).mockState(activeLow ? DigitalState.HIGH : DigitalState.LOW);
    }

    void click(PadKey key) {
        pressDown(key);
        release(key);
    }

    void shutdown() {
        context.shutdown();
    }
}
