package dev.hallq.launcher;

import dev.hallq.printer.PrinterAgent;
import dev.hallq.printer.PrinterSettings;
import dev.hallq.printer.Transports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "printer", mixinStandardHelpOptions = true, description = "Run a ticket printer agent (ESC/POS).")
final class PrinterCommand implements Callable<Integer> {
    @Mixin
    AgentOptions agent;

    @Option(names = "--transport", description = "sim | file:/dev/usb/lp0 | tcp:HOST[:9100] | "
            + "serial:/dev/ttyUSB0[?baud=9600&flow=none|rtscts] (default: sim with --simulate).")
    String transport;

    @Option(names = "--paper", description = "Paper width in mm: 80 or 58 (default: the template's, else 80).")
    Integer paper;

    @Option(names = "--template", paramLabel = "FILE", description = "The hall's ticket template, YAML or JSON: "
            + "hallName, header, notes, footer, fields to leave out, paper (see hardware-docs/ticket-printer.md).")
    Path template;

    @Override
    public Integer call() {
        if (transport == null && !agent.simulate) {
            throw new IllegalArgumentException("--transport is required without --simulate");
        }
        PrinterSettings settings = PrinterSettings.of(agent.settings(), paper, template);
        PrinterAgent printer = PrinterAgent.start(settings, Transports.parse(transport == null ? "sim" : transport),
                Clock.systemDefaultZone());
        return RunUntilStopped.run("printer " + agent.id + " (page " + printer.pageUrl() + ")", printer);
    }
}
