package dev.hallq.kiosk;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class KioskAgentTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private KioskHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new KioskHall(hub);
    }

    @Test
    void a_touch_publishes_a_ticket_request_for_the_printer_and_ends_with_the_hubs_ticket() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        CompletableFuture<KioskResult> result = kiosk.takeTicket("S1", true);
        TicketRequest request = hall.answer("S1", r -> Reply.ok(r.requestId(), KioskHall.ticket("A004", 3), null));

        assertThat(request.printerId()).isEqualTo("P1");
        assertThat(request.priority()).isTrue();
        assertThat(request.replyTo()).isEqualTo(hall.replyTopic());
        assertThat(UUID.fromString(request.requestId())).isNotNull();
        KioskResult ticket = result.get(5, TimeUnit.SECONDS);
        assertThat(ticket.ok()).isTrue();
        assertThat(ticket.code()).isNull();
        assertThat(ticket.ticket().number()).isEqualTo("A004");
        assertThat(ticket.ticket().peopleAhead()).isEqualTo(3);
        assertThat(kiosk.waitingForHub()).isZero();
    }

    @Test
    void a_refusal_ends_without_a_ticket_carrying_the_hubs_code_and_message() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        CompletableFuture<KioskResult> result = kiosk.takeTicket("S9", false);
        hall.answer("S9", r -> Reply.error(r.requestId(), ErrorCode.UNKNOWN_SERVICE, "本大厅没有此事项"));

        KioskResult refused = result.get(5, TimeUnit.SECONDS);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.ticket()).isNull();
        assertThat(refused.code()).isEqualTo("UNKNOWN_SERVICE");
        assertThat(refused.message()).isEqualTo("本大厅没有此事项");
    }

    @Test
    void an_unanswered_request_ends_as_hub_unreachable_after_the_reply_timeout_and_a_late_reply_changes_nothing()
            throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(SHORT);

        long started = System.nanoTime();
        CompletableFuture<KioskResult> result = kiosk.takeTicket("S1", false);
        TicketRequest request = hall.awaitRequest(r -> r.serviceId().equals("S1"));
        KioskResult unreachable = result.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SHORT);
        assertThat(unreachable.ok()).isFalse();
        assertThat(unreachable.code()).isEqualTo(KioskResult.HUB_UNREACHABLE);
        assertThat(kiosk.waitingForHub()).isZero();

        hall.hub.send(request.replyTo(), Reply.ok(request.requestId(), KioskHall.ticket("A005", 0), null));
        CompletableFuture<KioskResult> next = kiosk.takeTicket("S2", false);
        hall.answer("S2", r -> Reply.ok(r.requestId(), KioskHall.ticket("B001", 0), null));
        assertThat(next.get(5, TimeUnit.SECONDS).ticket().number()).isEqualTo("B001");
        assertThat(result.getNow(null)).isEqualTo(unreachable);
    }

    @Test
    void a_reply_with_an_unknown_request_id_is_ignored() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        CompletableFuture<KioskResult> result = kiosk.takeTicket("S1", false);
        TicketRequest request = hall.awaitRequest(r -> r.serviceId().equals("S1"));
        hall.hub.send(hall.replyTopic(), Reply.ok("someone-else", KioskHall.ticket("A999", 0), null));
        hall.hub.sendRaw(hall.replyTopic(), "not json");
        hall.hub.send(request.replyTo(), Reply.ok(request.requestId(), KioskHall.ticket("A006", 1), null));

        assertThat(result.get(5, TimeUnit.SECONDS).ticket().number()).isEqualTo("A006");
    }

    @Test
    void with_the_hub_offline_a_touch_ends_at_once_as_unreachable_and_sends_nothing() throws Exception {
        KioskAgent kiosk = hall.startKiosk("P1", Duration.ofSeconds(5), new SimulatedIdCardReader());
        hall.hub.awaitStatus(KioskHall.KIOSK, s -> s.state() == DeviceState.ONLINE);

        KioskResult result = kiosk.takeTicket("S1", false).get(1, TimeUnit.SECONDS);

        assertThat(kiosk.hubOnline()).isFalse();
        assertThat(result.code()).isEqualTo(KioskResult.HUB_UNREACHABLE);
        assertThat(result.message()).contains("咨询台");
        assertThat(hall.hub.probe().on(hall.requestTopic())).isEmpty();
    }

    @Test
    void the_retained_service_board_shows_in_services_and_hall_name() {
        hall.retainBoard();
        KioskAgent kiosk = hall.startKiosk(null, SHORT, new NoIdCardReader());

        await().atMost(Duration.ofSeconds(5)).until(() -> !kiosk.services().isEmpty());
        assertThat(kiosk.services()).extracting(s -> s.id()).containsExactly("S1", "S2");
        assertThat(kiosk.hallName()).isEqualTo("城东政务服务中心");
    }

    @Test
    void before_the_board_is_heard_there_are_no_services_and_no_hall_name() {
        KioskAgent kiosk = hall.startKiosk(null, SHORT, new NoIdCardReader());

        assertThat(kiosk.services()).isEmpty();
        assertThat(kiosk.hallName()).isNull();
    }

    @Test
    void the_status_is_retained_with_the_page_url_and_the_reader_state() {
        SimulatedIdCardReader reader = new SimulatedIdCardReader();
        KioskAgent kiosk = hall.startKiosk("P1", SHORT, reader);
        hall.hub.awaitStatus(KioskHall.KIOSK, s -> kiosk.pageUrl().equals(s.page()));

        String statusTopic = hall.hub.statusTopic(KioskHall.KIOSK);
        MqttProbe watcher = hall.hub.listen(statusTopic);
        DeviceStatus status = watcher.awaitMessage(statusTopic, DeviceStatus.class, s -> true);
        assertThat(status.kind()).isEqualTo(DeviceKind.KIOSK);
        assertThat(status.state()).isEqualTo(DeviceState.ONLINE);
        assertThat(status.page()).isEqualTo(kiosk.pageUrl()).startsWith("http://127.0.0.1:");
        assertThat(status.hardware()).containsEntry("reader", "OK");

        reader.fail(ReaderState.NO_SAM);
        DeviceStatus degraded = watcher.awaitMessage(statusTopic, DeviceStatus.class,
                s -> s.state() == DeviceState.DEGRADED);
        assertThat(degraded.hardware()).containsEntry("reader", "NO_SAM");
        assertThat(degraded.reason()).contains("reader").contains("SAM");

        reader.fail(ReaderState.OK);
        await().atMost(Duration.ofSeconds(5)).until(() -> watcher.latest(statusTopic, DeviceStatus.class)
                .filter(last -> last.state() == DeviceState.ONLINE && "OK".equals(last.hardware().get("reader"))).isPresent());
    }

    @Test
    void a_kiosk_without_a_reader_says_so_as_hardware_not_as_a_problem() {
        KioskAgent kiosk = hall.startKiosk(null, SHORT, new NoIdCardReader());

        DeviceStatus status = hall.hub.awaitStatus(KioskHall.KIOSK, s -> kiosk.pageUrl().equals(s.page()));
        assertThat(status.hardware()).containsEntry("reader", "NO_READER");
        assertThat(status.state()).isEqualTo(DeviceState.ONLINE);
        assertThat(status.reason()).isNull();
    }
}
