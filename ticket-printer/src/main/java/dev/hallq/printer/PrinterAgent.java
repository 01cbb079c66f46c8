package dev.hallq.printer;

import dev.hallq.agent.AgentRuntime;
import dev.hallq.agent.HubWatch;
import dev.hallq.agent.web.LiveView;
import dev.hallq.printer.ticket.GuideLayout;
import dev.hallq.printer.ticket.TicketLayout;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket printer agent (取号票打印机): prints the hub's print jobs on its thermal printer, one at a
 * time and in order, answers each with a print result, reports paper and faults in its status,
 * shows the latest tickets on its page and prints any of today's tickets again on request (补打). The printer is only ever touched by the agent's own print
 * thread, so a stalled printer never holds up MQTT or the page.
 */
public final class PrinterAgent implements AutoCloseable {
    /** How often the paper state is asked for, when the transport can answer. */
    public static final Duration PAPER_CHECK = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(PrinterAgent.class);

    private final PrinterSettings settings;
    private final PrinterTransport transport;
    private final AgentRuntime runtime;
    private final LiveView live = new LiveView();
    private final HubWatch hub;
    private final PrintedTickets printed;
    private final TodaysTickets todays;
    private final PrinterHealth health;
    private final PrintWorker worker;
    private final String resultTopic;
    private final AtomicBoolean closed = new AtomicBoolean();
    private String pageUrl;

    private PrinterAgent(PrinterSettings settings, PrinterTransport transport, Clock clock) {
        this.settings = settings;
        this.transport = transport;
        this.runtime = new AgentRuntime(settings.agent(), DeviceKind.TICKET_PRINTER, null, clock);
        this.printed = new PrintedTickets(settings.paper());
        this.todays = new TodaysTickets(settings.zone(), clock);
        this.health = new PrinterHealth(runtime.status(), transport.describe(), this::showStatus);
        this.worker = new PrintWorker(runtime.deviceId(), transport, new TicketLayout(settings.paper(), settings.template()),
                new GuideLayout(settings.paper(), settings.template()), settings.zone(), clock, printed, todays, health,
                this::answer);
        this.resultTopic = runtime.topics().device(runtime.deviceId(), Topic.PRINT_RESULT);
        runtime.link().subscribe(runtime.topics().device(runtime.deviceId(), Topic.PRINT_JOB), this::onPrintJob);
        this.hub = new HubWatch(runtime.link(), runtime.topics());
    }

    /** Serves the page, starts connecting in the background and returns at once. */
    public static PrinterAgent start(PrinterSettings settings, PrinterTransport transport, Clock clock) {
        return start(settings, transport, clock, PAPER_CHECK);
    }

    /** As {@link #start(PrinterSettings, PrinterTransport, Clock)}, asking for the paper state every {@code paperCheck}. */
    static PrinterAgent start(PrinterSettings settings, PrinterTransport transport, Clock clock, Duration paperCheck) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(clock, "clock");
        PrinterAgent agent = new PrinterAgent(settings, transport, clock);
        try {
            agent.open(paperCheck);
        } catch (RuntimeException e) {
            agent.close();
            throw e;
        }
        return agent;
    }

    private void open(Duration paperCheck) {
        String id = runtime.deviceId();
        live.publish("printer", id, Map.of("deviceId", id, "transport", transport.describe(),
                "paper", settings.paper().name()));
        showStatus();
        hub.showOn(live, "printer " + id);
        PrinterRoutes routes = new PrinterRoutes(printed, this::reprint, live);
        pageUrl = runtime.serve("printer", routes::register).url();
        worker.start(paperCheck);
        runtime.start();
        LOG.info("printer {} started on {}, {} paper, page {}", id, transport.describe(), settings.paper(), pageUrl);
    }

    /** The latest {@value PrintedTickets#KEPT} tickets the printer accepted, newest first. */
    public List<PrintedTicket> printed() {
        return printed.latest();
    }

    /**
     * Prints one of today's tickets again (补打), marked as such, from what this printer printed
     * (kept in memory for the day). The reprint goes into the queue like any job and is answered on
     * {@code print-result} under a job id of its own ({@code reprint-...}) with the ticket's id.
     *
     * @return how it ended, or empty when this printer printed no ticket with that number today
     */
    Optional<CompletableFuture<PrintOutcome>> reprint(String ticketNumber) {
        Optional<PrintJob> original = todays.find(ticketNumber);
        if (original.isEmpty()) {
            LOG.info("printer {}: no ticket {} printed here today, nothing to reprint", runtime.deviceId(), ticketNumber);
            return Optional.empty();
        }
        LOG.info("printer {}: reprint of ticket {} asked", runtime.deviceId(), original.get().ticket().number());
        return Optional.of(worker.reprint(original.get()));
    }

    public String pageUrl() {
        return pageUrl;
    }

    public AgentRuntime runtime() {
        return runtime;
    }

    /** Jobs received and not finished yet (for tests and diagnostics). */
    int jobsWaiting() {
        return worker.waiting();
    }

    private void onPrintJob(String topic, byte[] payload) {
        PrintJob job;
        try {
            job = Json.read(payload, PrintJob.class);
        } catch (BadPayload e) {
            LOG.warn("printer {}: unreadable print job on {} dropped: {}", runtime.deviceId(), topic, e.getMessage());
            return;
        }
        LOG.debug("printer {} received job {} for {}", runtime.deviceId(), job.jobId(), JobTickets.label(job));
        worker.submit(job);
    }

    private void answer(PrintOutcome outcome) {
        PrintJob job = outcome.job();
        PrintResult result = new PrintResult(job.jobId(), JobTickets.ticketId(job), outcome.printed(), outcome.reason(),
                outcome.at());
        runtime.link().publish(resultTopic, Json.write(result), false);
        if (!outcome.repeated()) {
            live.announce("printed", new PrintEvent(job.jobId(), JobTickets.label(job), outcome.at(),
                    outcome.printed(), outcome.reason(), JobTickets.isReprint(job)));
        }
    }

    private void showStatus() {
        DeviceStatus now = runtime.status().current();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("state", now.state());
        shown.put("reason", now.reason());
        shown.put("hardware", now.hardware());
        live.publish("status", runtime.deviceId(), shown);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        worker.close();
        runtime.close();
        transport.close();
        LOG.info("printer {} closed", runtime.deviceId());
    }

    /** What the page hears about each job. */
    record PrintEvent(String jobId, String ticketNumber, java.time.Instant at, boolean ok, String reason, boolean reprint) {
    }
}
