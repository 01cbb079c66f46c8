package dev.hallq.hub.mqtt;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.RecentCalls;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub seen from outside, by a test that plays the devices over a real broker. */
class HubOverMqttTest {
    private final HallTopics topics = new HallTopics("H1");
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
        hub.close();
    }

    @Test
    void aKioskRequestGetsANumberAPrintJobAndAnUpdatedBoard() {
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST),
                new TicketRequest("r-1", null, "social-security", "P1", false));

        Reply reply = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-1".equals(r.requestId()));
        assertThat(reply.ok()).isTrue();
        assertThat(reply.ticket().number()).isEqualTo("A001");
        assertThat(reply.ticket().serviceName()).isEqualTo("社保医保");
        PrintJob job = probe.awaitMessage(topics.device("P1", Topic.PRINT_JOB), PrintJob.class, j -> true);
        assertThat(job.ticket().number()).isEqualTo("A001");
        assertThat(job.qrContent()).endsWith("/t/" + reply.ticket().id());
        probe.awaitMessage(topics.services(), ServiceBoard.class, b -> b.services().stream()
                .anyMatch(s -> s.id().equals("social-security") && s.waiting() == 1));
    }

    @Test
    void kiosksHearTheGuidesTheHubsPublicAddressAndWhatEachServiceNeeds() {
        dev.hallq.protocol.ServiceGuides guides = probe.awaitMessage(topics.guides(), dev.hallq.protocol.ServiceGuides.class,
                g -> !g.guides().isEmpty());
        assertThat(guides.guides()).extracting(dev.hallq.protocol.ServiceGuides.Guide::serviceId).contains("social-security");
        assertThat(guides.guides().get(0).materials()).contains("居民身份证原件");
        HubStatus status = probe.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.publicUrl() != null);
        assertThat(status.publicUrl()).startsWith("http://127.0.0.1:");
        dev.hallq.protocol.ServiceBoard board = probe.awaitMessage(topics.services(), dev.hallq.protocol.ServiceBoard.class,
                b -> true);
        assertThat(board.services()).filteredOn(q -> q.id().equals("social-security")).singleElement().satisfies(q -> {
            assertThat(q.department()).isEqualTo("人力资源和社会保障局");
            assertThat(q.hoursToday()).isEqualTo("00:00-24:00");
            assertThat(q.bundle()).isFalse();
        });
        assertThat(board.services()).filteredOn(dev.hallq.protocol.ServiceQueue::bundle).extracting(q -> q.id())
                .containsExactly("open-restaurant");
    }

    @Test
    void nextFinishAndRateMoveTheRetainedWindowState() {
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "social-security", null, false));
        probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, Reply::ok);

        probe.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-1", null, 1, StaffAction.NEXT, null));
        CallAnnouncement call = probe.awaitMessage(topics.calls(), CallAnnouncement.class, c -> c.ticketNumber().equals("A001"));
        assertThat(call.window()).isEqualTo(1);
        probe.awaitMessage(topics.windowState(1), WindowState.class, w -> w.phase() == WindowPhase.CALLING
                && w.ticket().number().equals("A001") && w.callSeq() == call.seq());
        probe.awaitMessage(topics.recentCalls(), RecentCalls.class, r -> !r.calls().isEmpty()
                && r.calls().get(0).seq() == call.seq());

        probe.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-2", null, 1, StaffAction.FINISH, null));
        WindowState awaiting = probe.awaitMessage(topics.windowState(1), WindowState.class,
                w -> w.phase() == WindowPhase.AWAITING_RATING);

        probe.publish(topics.device("E1", Topic.RATING), new RatingSubmission("v-1", null, awaiting.ticket().id(), 1,
                RatingLevel.VERY_SATISFIED, List.of(), null, Instant.now()));
        assertThat(probe.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "v-1".equals(r.requestId())).ok())
                .isTrue();
        probe.awaitMessage(topics.windowState(1), WindowState.class, w -> w.phase() == WindowPhase.IDLE);
    }

    @Test
    void malformedJsonIsAnsweredOnTheDevicesReplyTopicAndTheHubCarriesOn() {
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), "{not json");
        Reply error = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> !r.ok());
        assertThat(error.error()).isEqualTo(ErrorCode.MALFORMED_PAYLOAD);
        assertThat(error.message()).startsWith("TicketRequest");

        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-2", null, "social-security", null, false));
        assertThat(probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-2".equals(r.requestId())).ok())
                .isTrue();
    }

    @Test
    void aBrokenFieldIsNamedInTheReplyOnTheRequestedReplyTopic() {
        String replyTo = "hall/H1/dev/E2/down/my-replies";
        probe.publish(topics.device("E2", Topic.STAFF_COMMAND),
                "{\"schema\":1,\"requestId\":\"c-9\",\"replyTo\":\"" + replyTo + "\",\"window\":0,\"action\":\"NEXT\"}");
        Reply error = probe.awaitMessage(replyTo, Reply.class, r -> "c-9".equals(r.requestId()));
        assertThat(error.error()).isEqualTo(ErrorCode.MALFORMED_PAYLOAD);
        assertThat(error.message()).contains("window must be a window number");
    }

    @Test
    void aReplyTopicOutsideTheDevicesTreeIsNotUsed() {
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST),
                new TicketRequest("r-3", "hall/H1/dev/K2/down/reply", "nope", null, false));
        Reply error = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-3".equals(r.requestId()));
        assertThat(error.error()).isEqualTo(ErrorCode.UNKNOWN_SERVICE);
        assertThat(probe.on("hall/H1/dev/K2/down/reply")).isEmpty();
    }

    @Test
    void wrongStatesAndUnknownWindowsAreRefusedWithTheirCodes() {
        probe.publish(topics.device("E9", Topic.STAFF_COMMAND), new StaffCommand("c-1", null, 99, StaffAction.NEXT, null));
        probe.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-2", null, 1, StaffAction.FINISH, null));
        probe.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-3", null, 1, StaffAction.NEXT, null));
        assertThat(probe.awaitMessage(topics.device("E9", Topic.REPLY), Reply.class, r -> "c-1".equals(r.requestId())).error())
                .isEqualTo(ErrorCode.UNKNOWN_WINDOW);
        assertThat(probe.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-2".equals(r.requestId())).error())
                .isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(probe.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-3".equals(r.requestId())).error())
                .isEqualTo(ErrorCode.QUEUE_EMPTY);
    }

    @Test
    void anUnknownMessageKindIsRefused() {
        probe.publish("hall/H1/dev/K1/up/dance", "{}");
        Reply error = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> !r.ok());
        assertThat(error.error()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE);
        assertThat(error.message()).contains("dance");
    }

    @Test
    void aStatusClaimingAnotherDeviceIsRefused() {
        DeviceStatus impostor = new DeviceStatus("K2", DeviceKind.KIOSK, DeviceState.ONLINE, null, "1", null, null,
                null, Instant.now());
        probe.publish(topics.device("K1", Topic.DEVICE_STATUS), impostor);
        Reply error = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> !r.ok());
        assertThat(error.message()).contains("names device 'K2'");
    }
}
