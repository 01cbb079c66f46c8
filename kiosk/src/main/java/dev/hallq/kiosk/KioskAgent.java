package dev.hallq.kiosk;

import dev.hallq.agent.AgentRuntime;
import dev.hallq.agent.HubWatch;
import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintRequest;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ticket kiosk (取号机): shows the hall's services on its touch page and asks the hub for a ticket
 * when a citizen touches one. It never blocks: a request the hub does not answer in time ends as
 * {@link KioskResult#HUB_UNREACHABLE}, and the citizen is sent to the information desk.
 */
public final class KioskAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskAgent.class);
    private static final Duration READER_CHECK = Duration.ofMillis(500);
    private static final Duration CARD_CHECK = Duration.ofMillis(250);

    private final KioskSettings settings;
    private final IdCardReader reader;
    private final AgentRuntime runtime;
    private final ScheduledExecutorService scheduler;
    private final LiveView live = new LiveView();
    private final PendingReplies pending;
    private final HubWatch hub;
    private final String requestTopic;
    private final String printRequestTopic;
    private final String replyTopic;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final PrinterWatch printer;
    private final Clock clock;
    private volatile dev.hallq.protocol.ServiceGuides guides;
    private volatile ServiceBoard board;
    private String pageUrl;

    private KioskAgent(KioskSettings settings, IdCardReader reader, Clock clock) {
        this.settings = settings;
        this.reader = reader;
        this.runtime = new AgentRuntime(settings.agent(), DeviceKind.KIOSK, null, clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-" + settings.agent().deviceId());
            t.setDaemon(true);
            return t;
        });
        this.pending = new PendingReplies(scheduler, settings.replyTimeout(), clock);
        this.requestTopic = runtime.topics().device(runtime.deviceId(), Topic.TICKET_REQUEST);
        this.printRequestTopic = runtime.topics().device(runtime.deviceId(), Topic.PRINT_REQUEST);
        this.replyTopic = runtime.topics().device(runtime.deviceId(), Topic.REPLY);
        runtime.link().subscribe(runtime.topics().services(), (topic, payload) -> onBoard(payload));
        runtime.link().subscribe(replyTopic, (topic, payload) -> pending.answer(payload));
        runtime.link().subscribe(runtime.topics().guides(), (topic, payload) -> onGuides(payload));
        this.hub = new HubWatch(runtime.link(), runtime.topics());
        this.printer = new PrinterWatch(runtime.link(), runtime.topics(), settings.printerId(), live);
        this.clock = clock;
    }

    /** Serves the page, starts connecting in the background and returns at once. */
    public static KioskAgent start(KioskSettings settings, IdCardReader reader, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(clock, "clock");
        KioskAgent kiosk = new KioskAgent(settings, reader, clock);
        try {
            kiosk.open();
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
        }
        return kiosk;
    }

    private void open() {
        String id = runtime.deviceId();
        live.publish("kiosk", id, Map.of("deviceId", id, "printer", settings.printerId() != null));
        hub.onChange(online -> {
            if (hub.publicUrl() != null) {
                live.publish("hubUrl", "hall", Map.of("url", hub.publicUrl()));
            }
        });
        hub.showOn(live, "kiosk " + id);
        reader.onCard(card -> LOG.info("kiosk {} read ID card {}", id, card));
        new ReaderWatch(reader, runtime.status(), live).start(scheduler, READER_CHECK);
        new CardWatch(reader, live, clock).start(scheduler, CARD_CHECK);
        printer.publish();
        KioskRoutes routes = new KioskRoutes(this, () -> Optional.ofNullable(board), live, settings.replyTimeout());
        pageUrl = runtime.serve("kiosk", routes::register).url();
        runtime.start();
        LOG.info("kiosk {} started, printer {}, page {}", id, settings.printerId(), pageUrl);
    }

    /**
     * What a touch on a service button does. Never blocks; completes with the hub's answer, or with
     * {@link KioskResult#HUB_UNREACHABLE} at once when the hub is known to be unreachable (so no request
     * is left queued to become a ticket nobody takes) or after the reply timeout.
     *
     * @throws IllegalArgumentException when {@code serviceId} is not a valid id
     */
    public CompletableFuture<KioskResult> takeTicket(String serviceId, boolean priority) {
        return takeTicket(serviceId, priority, null);
    }

    /**
     * 取号 or 预约签到: with a booking code (scanned from the booking's QR code) the service may be left out, the
     * booking names it. A printer that cannot print now gets no job: the page shows the ticket on the screen.
     */
    public CompletableFuture<KioskResult> takeTicket(String serviceId, boolean priority, String appointmentCode) {
        String requestId = UUID.randomUUID().toString();
        boolean print = printer.usable();
        TicketRequest request = new TicketRequest(dev.hallq.protocol.Schema.VERSION, requestId, replyTopic, serviceId,
                print ? settings.printerId() : null, priority, cardOnTheReader(), appointmentCode);
        String what = serviceId != null ? serviceId : "booking " + appointmentCode;
        if (closed.get() || !hub.hubOnline()) {
            LOG.warn("kiosk {}: hub not reachable, no ticket for {}; citizen sent to the desk", runtime.deviceId(), what);
            return CompletableFuture.completedFuture(KioskResult.unreachable());
        }
        CompletableFuture<KioskResult> result = pending.open(requestId, what, KioskResult::answered,
                KioskResult.unreachable());
        runtime.link().publish(requestTopic, Json.write(request), false);
        LOG.info("kiosk {} asks for a ticket for {} (priority {}{}), request {}", runtime.deviceId(), what, priority,
                print ? "" : ", shown on screen: printer " + printer.reason(), requestId);
        return result.thenApply(r -> r.delivered(print, hub.publicUrl()));
    }

    /**
     * What a touch on 「打印办事指南」 does: asks the hub to send the service's guide to this kiosk's printer. Never
     * blocks; refused at once when the kiosk has no printer or its printer cannot print now (its status says so),
     * {@link KioskResult#HUB_UNREACHABLE} at once when the hub is known to be unreachable or after the reply timeout.
     *
     * @throws IllegalArgumentException when {@code serviceId} is not a valid id
     */
    public CompletableFuture<GuidePrint> printGuide(String serviceId) {
        String printerId = settings.printerId();
        if (printerId == null) {
            return CompletableFuture.completedFuture(GuidePrint.refused(GuidePrint.NO_PRINTER,
                    "this kiosk has no printer"));
        }
        String requestId = UUID.randomUUID().toString();
        PrintRequest request = new PrintRequest(requestId, replyTopic, printerId, serviceId);
        if (!printer.usable()) {
            LOG.info("kiosk {}: guide of {} not asked for, printer {} cannot print: {}", runtime.deviceId(), serviceId,
                    printerId, printer.reason());
            return CompletableFuture.completedFuture(GuidePrint.refused(GuidePrint.PRINTER_NOT_READY,
                    "printer " + printerId + " cannot print now: " + printer.reason()));
        }
        if (closed.get() || !hub.hubOnline()) {
            LOG.warn("kiosk {}: hub not reachable, guide of {} not printed", runtime.deviceId(), serviceId);
            return CompletableFuture.completedFuture(GuidePrint.unreachable());
        }
        CompletableFuture<GuidePrint> result = pending.open(requestId, "guide of " + serviceId, GuidePrint::answered,
                GuidePrint.unreachable());
        runtime.link().publish(printRequestTopic, Json.write(request), false);
        LOG.info("kiosk {} asks for the guide of {} on printer {}, request {}", runtime.deviceId(), serviceId, printerId,
                requestId);
        return result;
    }

    /** The guides (一次性告知) the hub published; null until heard. */
    public dev.hallq.protocol.ServiceGuides guides() {
        return guides;
    }

    /** The hub's address for citizens' phones, as its status says; null until heard. */
    public String hubPublicUrl() {
        return hub.publicUrl();
    }

    /**
     * The ID card lying on the reader as a real-name citizen, or null: no card, or one whose number fails
     * its check digit (then the ticket is taken without it and the hub decides whether that will do).
     */
    private Citizen cardOnTheReader() {
        return reader.presentCard().map(card -> {
            try {
                return new Citizen(card.idNumber(), card.name(), card.birthDate());
            } catch (IllegalArgumentException e) {
                LOG.warn("kiosk {}: the card on the reader is not a valid resident ID ({}); ticket without it",
                        runtime.deviceId(), e.getMessage());
                return null;
            }
        }).orElse(null);
    }

    /** The hall's services from the hub's retained board; empty until it is heard. */
    public List<ServiceQueue> services() {
        ServiceBoard now = board;
        return now == null ? List.of() : now.services();
    }

    /** The hall's name from the board; null until it is heard. */
    public String hallName() {
        ServiceBoard now = board;
        return now == null ? null : now.hallName();
    }

    public boolean hubOnline() {
        return hub.hubOnline();
    }

    public String pageUrl() {
        return pageUrl;
    }

    public AgentRuntime runtime() {
        return runtime;
    }

    /** Requests still waiting for the hub (for tests and diagnostics). */
    int waitingForHub() {
        return pending.waiting();
    }

    private void onGuides(byte[] payload) {
        try {
            guides = Json.read(payload, dev.hallq.protocol.ServiceGuides.class);
            live.publish("guides", "hall", guides);
        } catch (BadPayload e) {
            LOG.warn("kiosk {}: unreadable guides ignored: {}", runtime.deviceId(), e.getMessage());
        }
    }

    private void onBoard(byte[] payload) {
        try {
            ServiceBoard heard = Json.read(payload, ServiceBoard.class);
            board = heard;
            live.publish("board", "hall", heard);
            Map<String, String> initials = new java.util.LinkedHashMap<>();
            heard.services().forEach(q -> initials.put(q.id(), ServiceInitials.of(q.name())));
            live.publish("initials", "hall", initials);
            LOG.debug("kiosk {} heard the board: {} services", runtime.deviceId(), heard.services().size());
        } catch (BadPayload e) {
            LOG.warn("kiosk {}: unreadable service board ignored: {}", runtime.deviceId(), e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pending.abandonAll();
        scheduler.shutdownNow();
        runtime.close();
        try {
            reader.close();
        } catch (RuntimeException e) {
            LOG.warn("kiosk {}: closing the ID-card reader failed: {}", runtime.deviceId(), e.toString());
        }
        LOG.info("kiosk {} closed", runtime.deviceId());
    }
}
