package dev.hallq.launcher;

import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.KioskSettings;
import dev.hallq.kiosk.IdCardReaders;
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

    @Option(names = "--id-reader", paramLabel = "READER", description = "The citizen's card reader: none, sim, "
            + "serial:PORT[?baud=N] for a resident ID card's GA/T 467 security module (e.g. serial:/dev/hallq-idcard), "
            + "or pcsc[:READER NAME] for social security cards on a PC/SC reader. Default: sim with --simulate, none "
            + "otherwise.")
    String idReader;

    @Override
    public Integer call() {
        String reader = idReader != null ? idReader : agent.simulate ? "sim" : "none";
        KioskAgent kiosk = KioskAgent.start(KioskSettings.of(agent.settings(), printer), IdCardReaders.open(reader),
                Clock.systemDefaultZone());
        return RunUntilStopped.run("kiosk " + agent.id + " (page " + kiosk.pageUrl() + ")", kiosk);
    }
}
