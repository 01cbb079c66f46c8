package dev.hallq.printer;

import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.Topic;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** One test's printer P1 in a hall of its own with the hub online, and the hub's side of a print: jobs and results. */
final class PrinterHall {
    static final String PRINTER = "P1";
    static final Instant ISSUED = Instant.parse("2026-11-24T02:05:09Z");
    static final Charset GB18030 = Charset.forName("GB18030");

    final PlayedHub hub;
    final String jobTopic;
    final String resultTopic;

    PrinterHall(PlayedHub hub) {
        this.hub = hub;
        this.jobTopic = hub.topics().device(PRINTER, Topic.PRINT_JOB);
        this.resultTopic = hub.topics().device(PRINTER, Topic.PRINT_RESULT);
        hub.isNow(DeviceState.ONLINE);
    }

    PrinterAgent start(PrinterTransport transport) {
        return start(transport, PrinterAgent.PAPER_CHECK);
    }

    /** Starts the printer, closed when the test ends, and waits until it has said it is there. */
    PrinterAgent start(PrinterTransport transport, Duration paperCheck) {
        return start(transport, paperCheck, Clock.systemUTC());
    }

    /** As {@link #start(PrinterTransport, Duration)}, on the test's clock. */
    PrinterAgent start(PrinterTransport transport, Duration paperCheck, Clock clock) {
        return start(PrinterSettings.of(hub.agent(PRINTER)), transport, paperCheck, clock);
    }

    /** Starts the printer with settings made from this hall's agent settings. */
    PrinterAgent start(Function<AgentSettings, PrinterSettings> settings, PrinterTransport transport) {
        return start(settings.apply(hub.agent(PRINTER)), transport, PrinterAgent.PAPER_CHECK, Clock.systemUTC());
    }

    private PrinterAgent start(PrinterSettings settings, PrinterTransport transport, Duration paperCheck, Clock clock) {
        PrinterAgent printer = hub.closeAtEnd(PrinterAgent.start(settings, transport, clock, paperCheck));
        hub.awaitStatus(PRINTER, s -> s.state() != DeviceState.OFFLINE);
        return printer;
    }

    static PrintJob job(String jobId, String number) {
        String ticketId = "20261124-" + number;
        return new PrintJob(jobId, "城东政务服务中心", new TicketInfo(ticketId, number, "S1", "社保业务", "Social security",
                3, ISSUED), "https://hall.example/t/" + ticketId, ISSUED);
    }

    void send(PrintJob job) {
        hub.send(jobTopic, job);
    }

    PrintResult awaitResult(String jobId, Predicate<PrintResult> test) {
        return hub.awaitMessage(resultTopic, PrintResult.class, r -> r.jobId().equals(jobId) && test.test(r));
    }

    List<PrintResult> results(String jobId) {
        return hub.heard(resultTopic, PrintResult.class).stream().filter(r -> r.jobId().equals(jobId)).toList();
    }

    /** Waits until the printer's latest status satisfies {@code test}. */
    DeviceStatus awaitLatestStatus(Predicate<DeviceStatus> test) {
        return hub.awaitLatestStatus(PRINTER, test);
    }

    Optional<DeviceStatus> latestStatus() {
        return hub.latestStatus(PRINTER);
    }

    /** The QR code on the paper the bytes would print. */
    static Optional<String> qrOn(byte[] escpos) {
        return InkProbe.decodeQr(new EscPosImageRenderer(EscPosImageRenderer.DOTS_80MM).render(escpos))
                .map(com.google.zxing.Result::getText);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
