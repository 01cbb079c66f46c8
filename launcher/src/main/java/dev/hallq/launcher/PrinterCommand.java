package dev.hallq.launcher;

import dev.hallq.printer.PrinterAgent;
import dev.hallq.printer.PrinterSettings;
import dev.hallq.printer.Transports;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.TicketTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "printer", mixinStandardHelpOptions = true, description = "Run a ticket printer agent (ESC/POS).")
final class PrinterCommand implements Callable<Integer> {
    @Mixin
    AgentOptions agent;

    @Option(names = "--transport", description = "sim | file:/dev/usb/lp0 | tcp:HOST[:9100] | "
            + "serial:/dev/ttyUSB0[?baud=9600&flow=none|rtscts] (default: sim with --simulate).")
    String transport;

    @Option(names = "--paper", defaultValue = "80", description = "Paper width in mm: 80 or 58 (default: ${DEFAULT-VALUE}).")
    int paper;

    @Override
    public Integer call() {
        if (transport == null && !agent.simulate) {
            throw new IllegalArgumentException("--transport is required without --simulate");
        }
        PaperWidth width = switch (paper) {
            case 80 -> PaperWidth.MM80;
            case 58 -> PaperWidth.MM58;
            default -> throw new IllegalArgumentException("--paper must be 80 or 58, was " + paper);
        };
        PrinterAgent printer = PrinterAgent.start(new PrinterSettings(agent.settings(), width, TicketTemplate.DEFAULT),
                Transports.parse(transport == null ? "sim" : transport), Clock.systemDefaultZone());
        return RunUntilStopped.run("printer " + agent.id + " (page " + printer.pageUrl() + ")", printer);
    }
}
