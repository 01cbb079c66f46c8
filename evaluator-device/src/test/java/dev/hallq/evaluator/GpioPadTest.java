package dev.hallq.evaluator;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.evaluator.keys.GpioKeypad;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.PinMap;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pad on a Pi4J mock GPIO, wired as on a real Pi: keys active-low on their BCM pins. */
@ExtendWith(HubDoubleExtension.class)
class GpioPadTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
    private final Context pi4j = Pi4J.newContextBuilder().noAutoDetect()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();
    private PadHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hub.closeAtEnd(pi4j::shutdown); // after the pad, which is closed first
        hall = new PadHall(hub);
    }

    @Test
    void pressing_the_next_key_on_gpio_publishes_next_and_awaiting_rating_lights_the_leds() {
        GpioKeypad keypad = new GpioKeypad(pi4j, PinMap.defaults(), clock);
        for (PadKey key : PadKey.values()) {
            input(key).mockState(DigitalState.HIGH); // at rest: pulled up
        }
        EvaluatorAgent pad = hall.startOnlinePad(keypad, clock);

        input(PadKey.NEXT).mockState(DigitalState.LOW);
        input(PadKey.NEXT).mockState(DigitalState.HIGH);

        StaffCommand next = hall.awaitCommand(c -> c.action() == StaffAction.NEXT);
        assertThat(next.window()).isEqualTo(PadHall.WINDOW);
        assertThat(next.replyTo()).isEqualTo(hall.replyTopic());

        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A012"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);
        assertThat(led(PadKey.VERY_SATISFIED).state()).isEqualTo(DigitalState.HIGH);
        assertThat(led(PadKey.VERY_DISSATISFIED).state()).isEqualTo(DigitalState.HIGH);
    }

    private MockDigitalInput input(PadKey key) {
        return (MockDigitalInput) pi4j.registry().get(GpioKeypad.keyInputId(key), DigitalInput.class);
    }

    private DigitalOutput led(PadKey key) {
        return pi4j.registry().get(GpioKeypad.ledOutputId(key), DigitalOutput.class);
    }
}
