package dev.hallq.launcher;

import dev.hallq.evaluator.EvaluatorAgent;
import dev.hallq.evaluator.EvaluatorSettings;
import dev.hallq.evaluator.keys.GpioKeypad;
import dev.hallq.evaluator.keys.Keypad;
import dev.hallq.evaluator.keys.PiGpio;
import dev.hallq.evaluator.keys.PinMap;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "evaluator", mixinStandardHelpOptions = true,
        description = "Run a window's evaluation pad agent (评价器): staff keys and 好差评 rating keys.")
final class EvaluatorCommand implements Callable<Integer> {
    @Mixin
    AgentOptions agent;

    @Option(names = "--window", required = true, description = "The window this pad belongs to.")
    int window;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Where ratings wait on this pad's disk until the hub "
            + "has them (store and forward). Default: hall-data/pad-<id>-ratings.")
    java.nio.file.Path outbox;

    @Option(names = "--staff-card-reader", paramLabel = "READER", description = "A PC/SC reader staff tap their "
            + "cards on to log in (上岗): pcsc for the first reader, pcsc:NAME for the one whose name contains NAME.")
    String staffCardReader;

    @Option(names = "--pins", paramLabel = "pins.properties", description = "GPIO pin map overrides (see hardware-docs/evaluator-device.md).")
    Path pins;

    private static dev.hallq.agent.cards.PcscSettings staffCards(String spec) {
        if (spec == null || spec.isBlank() || spec.equals("none")) {
            return null;
        }
        if (spec.equals("pcsc")) {
            return dev.hallq.agent.cards.PcscSettings.firstReader();
        }
        if (spec.startsWith("pcsc:") && spec.length() > 5) {
            return dev.hallq.agent.cards.PcscSettings.named(spec.substring(5).strip());
        }
        throw new IllegalArgumentException("--staff-card-reader must be none, pcsc or pcsc:NAME, was '" + spec + "'");
    }

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        Keypad keypad = agent.simulate ? new SimulatedKeypad() : new GpioKeypad(PiGpio.context(), pinMap(), clock);
        EvaluatorAgent pad = EvaluatorAgent.start(EvaluatorSettings.of(agent.settings(), window)
                .withOutbox(outbox != null ? outbox : java.nio.file.Path.of("hall-data", "pad-" + agent.id + "-ratings"))
                .withStaffCards(staffCards(staffCardReader)), keypad, clock);
        return RunUntilStopped.run("evaluator " + agent.id + " (page " + pad.pageUrl() + ")", pad);
    }

    private PinMap pinMap() {
        if (pins == null) {
            return PinMap.defaults();
        }
        try {
            return PinMap.load(pins);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --pins " + pins + ": " + e.getMessage(), e);
        }
    }
}
