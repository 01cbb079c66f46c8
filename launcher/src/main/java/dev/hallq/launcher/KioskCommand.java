package dev.hallq.launcher;

import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.KioskSettings;
import dev.hallq.kiosk.NoIdCardReader;
import dev.hallq.kiosk.SimulatedIdCardReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "kiosk", mixinStandardHelpOptions = true, description = "Run a ticket kiosk agent (取号机) and its touch page.")
final class KioskCommand implements Callable<Integer> {
    @Mixin
    AgentOptions agent;

    @Option(names = "--printer", description = "Id of the printer agent that prints this kiosk's tickets, e.g. P1.")
    String printer;

    @Override
    public Integer call() {
        KioskAgent kiosk = KioskAgent.start(KioskSettings.of(agent.settings(), printer),
                agent.simulate ? new SimulatedIdCardReader() : new NoIdCardReader(), Clock.systemDefaultZone());
        return RunUntilStopped.run("kiosk " + agent.id + " (page " + kiosk.pageUrl() + ")", kiosk);
    }
}
