package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.evaluator.EvaluatorAgent;
import dev.hallq.evaluator.EvaluatorSettings;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.KioskSettings;
import dev.hallq.kiosk.SimulatedIdCardReader;
import dev.hallq.printer.PrinterAgent;
import dev.hallq.printer.PrinterSettings;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One ticket's whole life, each hop a real MQTT message between separate agents, checked from outside:
 * a test MQTT client hears every hop, HTTP reads the hub and the devices' pages. Subclasses choose the broker.
 */
abstract class OneTicketLife {
    private static final HallTopics TOPICS = new HallTopics("H1");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    @TempDir
    Path dir;

    /** Starts the hub on the broker under test; registers what it starts with {@link #closeLater}. */
    abstract Hub startHub(Path dir) throws Exception;

    <T extends AutoCloseable> T closeLater(T thing) {
        running.push(thing);
        return thing;
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void aTicketIsIssuedPrintedCalledShownSpokenFinishedAndRated() throws Exception {
        Hub hub = startHub(dir);
        String broker = hub.brokerUri();
        Clock clock = Clock.systemUTC();
        MqttProbe probe = closeLater(MqttProbe.listen(broker, "hall/H1/#"));
        SimulatedPrinterTransport paper = new SimulatedPrinterTransport("P1");
        PrinterAgent printer = closeLater(PrinterAgent.start(PrinterSettings.of(agent(broker, "P1")), paper, clock));
        KioskAgent kiosk = closeLater(KioskAgent.start(KioskSettings.of(agent(broker, "K1"), "P1"),
                new SimulatedIdCardReader(), clock));
        DisplayAgent windowScreen = closeLater(DisplayAgent.start(DisplaySettings.window(agent(broker, "S3"), 3),
                new RecordingSpeech(), clock));
        RecordingSpeech voice = new RecordingSpeech();
        DisplayAgent hallScreen = closeLater(DisplayAgent.start(DisplaySettings.hall(agent(broker, "HS"), true), voice, clock));
        SimulatedKeypad keys = new SimulatedKeypad();
        EvaluatorAgent pad = closeLater(EvaluatorAgent.start(EvaluatorSettings.of(agent(broker, "E3"), 3), keys, clock));

        // every agent is known to the hub, online, with its page
        await().until(() -> onlineDevices(hub) == 5);
        await().until(() -> !kiosk.services().isEmpty() && pad.windowState().isPresent());

        // 1. a citizen touches 不动产登记 on the kiosk page
        HttpResponse<String> touched = post(kiosk.pageUrl() + "api/tickets", "{\"serviceId\":\"real-estate\"}");
        assertThat(touched.statusCode()).as(touched.body()).isEqualTo(200);
        JsonNode issued = Json.mapper().readTree(touched.body());
        String number = issued.path("ticket").path("number").asText();
        String ticketId = issued.path("ticket").path("id").asText();
        assertThat(number).isEqualTo("B001");
        TicketRequest request = probe.awaitMessage(TOPICS.device("K1", Topic.TICKET_REQUEST), TicketRequest.class,
                r -> r.serviceId().equals("real-estate"));
        assertThat(probe.awaitMessage(TOPICS.device("K1", Topic.REPLY), Reply.class,
                r -> request.requestId().equals(r.requestId())).ok()).isTrue();

        // 2. the hub stored it before announcing it, and sent a print job; the printer printed ESC/POS
        assertThat(getJson(hub.url() + "api/tickets").get(0).path("number").asText()).isEqualTo("B001");
        PrintJob job = probe.awaitMessage(TOPICS.device("P1", Topic.PRINT_JOB), PrintJob.class,
                j -> j.ticket().number().equals("B001"));
        probe.awaitMessage(TOPICS.device("P1", Topic.PRINT_RESULT), PrintResult.class,
                r -> r.jobId().equals(job.jobId()) && r.printed());
        assertThat(new String(paper.lastJob().orElseThrow(), Charset.forName("GB18030"))).contains("B001", "不动产登记");
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(printer.pageUrl() + "tickets/"
                + job.jobId() + ".png")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(qrText(png.body())).contains(ticketId);

        // 3. staff presses 叫号 on window 3's pad
        keys.press(PadKey.NEXT);
        StaffCommand next = probe.awaitMessage(TOPICS.device("E3", Topic.STAFF_COMMAND), StaffCommand.class,
                c -> c.action() == StaffAction.NEXT);
        assertThat(next.window()).isEqualTo(3);
        CallAnnouncement call = probe.awaitMessage(TOPICS.calls(), CallAnnouncement.class,
                c -> c.ticketNumber().equals("B001") && c.window() == 3);
        probe.awaitMessage(TOPICS.windowState(3), WindowState.class,
                w -> w.phase() == WindowPhase.CALLING && w.callSeq() == call.seq());

        // 4. the window screen and the hall screen show it, the announcer speaks it; each says so
        probe.awaitMessage(TOPICS.device("S3", Topic.CALL_ACK), CallAck.class,
                a -> a.seq() == call.seq() && a.role() == AckRole.SHOWN);
        probe.awaitMessage(TOPICS.device("HS", Topic.CALL_ACK), CallAck.class,
                a -> a.seq() == call.seq() && a.role() == AckRole.SHOWN);
        probe.awaitMessage(TOPICS.device("HS", Topic.CALL_ACK), CallAck.class,
                a -> a.seq() == call.seq() && a.role() == AckRole.SPOKEN);
        assertThat(hallScreen.announced()).contains("请B001号到3号窗口办理");
        assertThat(get(windowScreen.pageUrl() + "api/state").body()).contains("B001");

        // 5. staff finishes (from the pad's page this time); the pad asks the citizen to rate
        assertThat(post(pad.pageUrl() + "api/keys/FINISH", "{}").statusCode()).isEqualTo(202);
        probe.awaitMessage(TOPICS.windowState(3), WindowState.class, w -> w.phase() == WindowPhase.AWAITING_RATING);
        await().until(() -> get(pad.pageUrl() + "api/state").body().contains("RATE"));

        // 6. the citizen presses 非常满意; the hub stores the rating with the ticket
        keys.press(PadKey.VERY_SATISFIED);
        RatingSubmission rating = probe.awaitMessage(TOPICS.device("E3", Topic.RATING), RatingSubmission.class,
                r -> r.ticketId().equals(ticketId));
        assertThat(rating.level()).isEqualTo(RatingLevel.VERY_SATISFIED);
        probe.awaitMessage(TOPICS.windowState(3), WindowState.class, w -> w.phase() == WindowPhase.IDLE);
        JsonNode row = getJson(hub.url() + "api/tickets").get(0);
        assertThat(row.path("state").asText()).isEqualTo("FINISHED");
        assertThat(row.path("rating").asText()).isEqualTo("VERY_SATISFIED");
        assertThat(row.path("window").asInt()).isEqualTo(3);
        assertThat(row.path("issuedAt").asText()).isNotBlank();
        assertThat(row.path("calledAt").asText()).isNotBlank();
        assertThat(row.path("finishedAt").asText()).isNotBlank();

        // 7. the hub counted it
        String metrics = get(hub.url() + "metrics").body();
        assertThat(metrics).contains("hall_tickets_issued_total{service=\"real-estate\"} 1.0")
                .contains("hall_call_latency_seconds_count 1");
    }

    private static AgentSettings agent(String broker, String id) {
        return new AgentSettings(broker, "H1", id, "127.0.0.1", 0, true);
    }

    private long onlineDevices(Hub hub) throws Exception {
        JsonNode devices = getJson(hub.url() + "api/hall").path("devices");
        long online = 0;
        for (JsonNode d : devices) {
            if (d.path("online").asBoolean() && d.path("page").asText().startsWith("http")) {
                online++;
            }
        }
        return online;
    }

    private JsonNode getJson(String url) throws Exception {
        return Json.mapper().readTree(get(url).body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String qrText(byte[] png) throws Exception {
        return InkProbe.decodeQr(ImageIO.read(new ByteArrayInputStream(png)))
                .orElseThrow(() -> new AssertionError("no QR code in the printed ticket")).getText();
    }
}
