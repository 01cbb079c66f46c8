package dev.hallq.evaluator;

import dev.hallq.agent.cards.PcscSettings;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.agent.testing.TestPcscd;
import dev.hallq.agent.testing.VirtualCard;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 上岗 at the pad: a staff card tapped on its PC/SC reader (a virtual card behind a real pcscd) or 工号 and PIN. */
@ExtendWith(HubDoubleExtension.class)
class StaffLogInTest {
    private VirtualCard card;

    @AfterEach
    void takeTheCardAway() {
        if (card != null) {
            card.remove();
        }
    }

    @Test
    void aStaffCardTappedOnAClosedWindowsPadLogsItsHolderIn(PlayedHub hub) {
        TestPcscd.ensureRunning();
        PadHall hall = new PadHall(hub);
        hub.isNow(DeviceState.ONLINE);
        hall.window(WindowPhase.CLOSED, null);
        EvaluatorAgent pad = hub.closeAtEnd(EvaluatorAgent.start(EvaluatorSettings.of(hub.agent(PadHall.PAD), PadHall.WINDOW)
                .withStaffCards(PcscSettings.named(TestPcscd.FIRST_READER)), new SimulatedKeypad(), Clock.systemUTC()));
        await().atMost(Duration.ofSeconds(10)).until(() -> pad.windowState().isPresent() && pad.hubOnline());

        card = VirtualCard.contactless("04a1b2c3d4e5f6").insert();

        StaffCommand logIn = hub.awaitMessage(hub.topics().device(PadHall.PAD, Topic.STAFF_COMMAND), StaffCommand.class,
                c -> c.action() == StaffAction.LOG_IN, Duration.ofSeconds(15));
        assertThat(logIn.cardUid()).isEqualTo("04A1B2C3D4E5F6");
        assertThat(logIn.staffNo()).isNull();
        assertThat(logIn.window()).isEqualTo(PadHall.WINDOW);
    }

    @Test
    void aStaffNumberAndPinTypedOnThePageGoToTheHubAndAStaffedWindowIsHandedOver(PlayedHub hub) throws Exception {
        PadHall hall = new PadHall(hub);
        EvaluatorAgent pad = hall.startOnlinePad(new SimulatedKeypad(), Clock.systemUTC());
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(pad.pageUrl() + "api/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"staffNo\":\"0372\",\"pin\":\"2468\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        StaffCommand handOver = hub.awaitMessage(hub.topics().device(PadHall.PAD, Topic.STAFF_COMMAND), StaffCommand.class,
                c -> c.action() == StaffAction.HAND_OVER);
        assertThat(handOver.staffNo()).isEqualTo("0372");
        assertThat(handOver.pin()).isEqualTo("2468");

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(pad.pageUrl() + "api/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"staffNo\":\"0372\",\"pin\":\"12\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("4-8 digits");

        assertThat(http.send(HttpRequest.newBuilder(URI.create(pad.pageUrl() + "api/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(202);
        hub.awaitMessage(hub.topics().device(PadHall.PAD, Topic.STAFF_COMMAND), StaffCommand.class,
                c -> c.action() == StaffAction.LOG_OUT);
    }
}
