package dev.hallq.printer;

import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.testing.Awaiting;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A hall for one printer under test on the run's shared {@link TestHub} (each test gets a hall of its
 * own, so retained messages never leak between tests), the hub's probe playing the hub.
 */
final class PrinterHall implements AutoCloseable {
    static final String PRINTER = "P1";
    static final Instant ISSUED = Instant.parse("2026-11-24T02:05:09Z");
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final AtomicInteger HALLS = new AtomicInteger();

    final String hallId = "ph" + HALLS.incrementAndGet();
    final HallTopics topics = new HallTopics(hallId);
    final String jobTopic = topics.device(PRINTER, Topic.PRINT_JOB);
    final String resultTopic = topics.device(PRINTER, Topic.PRINT_RESULT);
    final String statusTopic = topics.device(PRINTER, Topic.DEVICE_STATUS);
    final MqttProbe hub;
    private final EmbeddedBroker broker;
    private PrinterAgent printer;

    PrinterHall(TestHub testHub) {
        this.broker = testHub.broker;
        this.hub = testHub.probe;
        testHub.publishRetained(topics.hubStatus(), new HubStatus(hallId, DeviceState.ONLINE, "test", ISSUED, ISSUED));
    }

    PrinterAgent start(PrinterTransport transport) {
        return start(transport, PrinterAgent.PAPER_CHECK);
    }

    PrinterAgent start(PrinterTransport transport, Duration paperCheck) {
        AgentSettings agent = new AgentSettings(broker.uri(), hallId, PRINTER, "127.0.0.1", 0, true);
        printer = PrinterAgent.start(PrinterSettings.of(agent), transport, Clock.systemUTC(), paperCheck);
        hub.awaitMessage(statusTopic, DeviceStatus.class, s -> s.state() != DeviceState.OFFLINE);
        return printer;
    }

    static PrintJob job(String jobId, String number) {
        String ticketId = "20261124-" + number;
        return new PrintJob(jobId, "城东政务服务中心", new TicketInfo(ticketId, number, "S1", "社保业务", "Social security",
                3, ISSUED), "https://hall.example/t/" + ticketId, ISSUED);
    }

    void send(PrintJob job) {
        hub.publish(jobTopic, job);
    }

    PrintResult awaitResult(String jobId, Predicate<PrintResult> test) {
        return hub.awaitMessage(resultTopic, PrintResult.class, r -> r.jobId().equals(jobId) && test.test(r));
    }

    List<PrintResult> results(String jobId) {
        return hub.on(resultTopic).stream().map(h -> h.as(PrintResult.class)).filter(r -> r.jobId().equals(jobId)).toList();
    }

    /** Waits until the printer's latest status satisfies {@code test}. */
    DeviceStatus awaitLatestStatus(Predicate<DeviceStatus> test) {
        return Awaiting.until(() -> latestStatus().filter(test), Duration.ofSeconds(10),
                () -> "latest status of " + PRINTER + " never matched; it is " + latestStatus());
    }

    Optional<DeviceStatus> latestStatus() {
        List<MqttProbe.Heard> heard = hub.on(statusTopic);
        return heard.isEmpty() ? Optional.empty() : Optional.of(heard.get(heard.size() - 1).as(DeviceStatus.class));
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

    @Override
    public void close() {
        if (printer != null) {
            printer.close();
        }
    }
}
