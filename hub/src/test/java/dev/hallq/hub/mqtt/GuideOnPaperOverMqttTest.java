package dev.hallq.hub.mqtt;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintRequest;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 打印办事指南: a kiosk asks for a service's guide on its printer, played over a real broker against the demo hall. */
class GuideOnPaperOverMqttTest {
    private final HallTopics topics = new HallTopics("H1");
    private final String requests = topics.device("K1", Topic.PRINT_REQUEST);
    private final String replies = topics.device("K1", Topic.REPLY);
    @TempDir
    Path dir;
    private Hub hub;
    private MqttProbe probe;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        probe = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        probe.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
    }

    @AfterEach
    void stop() {
        probe.close();
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aPrintRequestForAServiceWithAGuideSendsTheKiosksPrinterTheGuideAndAnswersOk() {
        String publicUrl = probe.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.publicUrl() != null).publicUrl();
        probe.publish(requests, new PrintRequest("g-1", null, "P1", "social-security"));

        Reply reply = probe.awaitMessage(replies, Reply.class, r -> "g-1".equals(r.requestId()));
        assertThat(reply.ok()).isTrue();
        assertThat(reply.ticket()).as("a guide is no ticket").isNull();
        PrintJob job = probe.awaitMessage(topics.device("P1", Topic.PRINT_JOB), PrintJob.class, j -> true);
        assertThat(job.ticket()).isNull();
        assertThat(job.jobId()).matches("guide-social-security-\\d+");
        assertThat(job.hallName()).isEqualTo("示范区政务服务中心");
        assertThat(job.qrContent()).isEqualTo(publicUrl.replaceAll("/+$", "") + "/guide/social-security");
        assertThat(job.guide().serviceName()).isEqualTo("社保医保");
        assertThat(job.guide().department()).isEqualTo("人力资源和社会保障局");
        assertThat(job.guide().basis()).isEqualTo("《社会保险法》第五十八条");
        assertThat(job.guide().timeLimit()).isEqualTo("即时办结");
        assertThat(job.guide().materials()).containsExactly("居民身份证原件", "户口簿（首次参保）");
        assertThat(job.guide().steps()).containsExactly("取号", "窗口受理", "核验材料", "办结");
        assertThat(job.guide().phone()).isEqualTo("0552-1234567");
    }

    @Test
    void anUnknownServiceAndAServiceWithoutAGuideAreRefusedOnTheRequestedReplyTopicAndNothingIsPrinted() {
        String replyTo = "hall/H1/dev/K1/down/guide-replies";
        probe.publish(requests, new PrintRequest("g-2", replyTo, "P1", "no-such-service"));
        probe.publish(requests, new PrintRequest("g-3", replyTo, "P1", "real-estate"));
        probe.publish(requests, new PrintRequest("g-4", replyTo, "P1", "open-restaurant"));

        Reply unknown = probe.awaitMessage(replyTo, Reply.class, r -> "g-2".equals(r.requestId()));
        assertThat(unknown.error()).isEqualTo(ErrorCode.UNKNOWN_SERVICE);
        assertThat(unknown.message()).contains("no-such-service");
        Reply noGuide = probe.awaitMessage(replyTo, Reply.class, r -> "g-3".equals(r.requestId()));
        assertThat(noGuide.error()).isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(noGuide.message()).contains("real-estate", "no guide");
        assertThat(probe.awaitMessage(replyTo, Reply.class, r -> "g-4".equals(r.requestId())).error())
                .as("a 一件事 bundle is no service with a guide").isEqualTo(ErrorCode.UNKNOWN_SERVICE);
        assertThat(probe.on(topics.device("P1", Topic.PRINT_JOB))).isEmpty();
    }

    @Test
    void aRequestWithoutAPrinterIsMalformedAndNamesTheField() {
        probe.publish(requests, "{\"schema\":1,\"requestId\":\"g-5\",\"serviceId\":\"social-security\"}");
        Reply error = probe.awaitMessage(replies, Reply.class, r -> "g-5".equals(r.requestId()));
        assertThat(error.error()).isEqualTo(ErrorCode.MALFORMED_PAYLOAD);
        assertThat(error.message()).startsWith("PrintRequest").contains("printerId");
    }

    @Test
    void printingAGuideLeavesTheQueueAloneAndItsResultIsLoggedAsAGuide() throws Exception {
        probe.publish(requests, new PrintRequest("g-6", null, "P1", "social-security"));
        PrintJob job = probe.awaitMessage(topics.device("P1", Topic.PRINT_JOB), PrintJob.class, j -> true);
        probe.publish(topics.device("P1", Topic.PRINT_RESULT), new PrintResult(job.jobId(), null, true, null, Instant.now()));
        // the desk works in order: once this ticket is answered, the guide's result before it is stored
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "social-security", null, false));
        Reply ticket = probe.awaitMessage(replies, Reply.class, r -> "r-1".equals(r.requestId()));
        assertThat(ticket.ticket().number()).as("the guide took no number").isEqualTo("A001");
        hub.close();
        hub = null;

        try (HallStore store = JdbcHallStore.sqlite(dir.resolve("hall.db"))) {
            List<HallEvent> events = store.events(0, 100);
            assertThat(events).extracting(HallEvent::type).containsSubsequence("GUIDE_PRINTED", "ISSUED")
                    .doesNotContain("PRINTED");
            assertThat(events).filteredOn(e -> e.type().equals("GUIDE_PRINTED")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("P1 " + job.jobId()));
        }
    }
}
