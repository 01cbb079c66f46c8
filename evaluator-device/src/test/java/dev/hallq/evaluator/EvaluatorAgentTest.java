package dev.hallq.evaluator;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class EvaluatorAgentTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z");
    private final SimulatedKeypad keys = new SimulatedKeypad();
    private PadHall hall;
    private EvaluatorAgent pad;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new PadHall(hub);
        pad = hall.startOnlinePad(keys, clock);
    }

    @Test
    void staff_keys_publish_staff_commands_for_the_window_answered_on_the_pads_reply_topic() {
        for (PadKey key : List.of(PadKey.NEXT, PadKey.FINISH, PadKey.NO_SHOW, PadKey.RECALL)) {
            keys.press(key);
            StaffCommand command = hall.awaitCommand(c -> c.action() == StaffAction.valueOf(key.name()));
            assertThat(command.window()).isEqualTo(PadHall.WINDOW);
            assertThat(command.replyTo()).isEqualTo(hall.replyTopic());
            assertThat(command.reason()).isNull();
        }
        assertThat(hall.hub.probe().on(hall.commandTopic())).hasSize(4)
                .extracting(h -> h.as(StaffCommand.class).requestId()).doesNotHaveDuplicates();
    }

    @Test
    void pause_resume_pauses_an_open_window_with_the_default_reason_and_resumes_a_paused_one() {
        keys.press(PadKey.PAUSE_RESUME);
        StaffCommand pause = hall.awaitCommand(c -> c.action() == StaffAction.PAUSE);
        assertThat(pause.reason()).isEqualTo("暂停服务");

        hall.windowHeard(WindowPhase.PAUSED, null);
        keys.press(PadKey.PAUSE_RESUME);
        StaffCommand resume = hall.awaitCommand(c -> c.action() == StaffAction.RESUME);
        assertThat(resume.reason()).isNull();
        assertThat(resume.window()).isEqualTo(PadHall.WINDOW);
    }

    @Test
    void a_window_awaiting_rating_shows_the_rate_screen_with_lit_keys_until_the_next_call() {
        assertThat(pad.screen()).isEqualTo(PadScreen.STAFF);
        assertThat(keys.litKeys()).isEmpty();

        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A012"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);
        assertThat(keys.litKeys()).isEqualTo(Set.copyOf(PadKey.ratingKeys()));

        hall.window(WindowPhase.CALLING, PadHall.ticket("A013"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.STAFF);
        assertThat(keys.litKeys()).isEmpty();
    }

    @Test
    void one_rating_press_sends_one_submission_for_the_ticket_and_a_second_press_sends_nothing() {
        TicketInfo ticket = PadHall.ticket("A012");
        hall.window(WindowPhase.AWAITING_RATING, ticket);
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);

        keys.press(PadKey.SATISFIED);
        RatingSubmission rating = hall.awaitRating(r -> r.ticketId().equals(ticket.id()));
        assertThat(rating.level()).isEqualTo(RatingLevel.SATISFIED);
        assertThat(rating.window()).isEqualTo(PadHall.WINDOW);
        assertThat(rating.replyTo()).isEqualTo(hall.replyTopic());
        assertThat(rating.reasons()).isEmpty();
        assertThat(rating.comment()).isNull();
        assertThat(rating.ratedAt()).isEqualTo(clock.instant());
        assertThat(pad.screen()).isEqualTo(PadScreen.THANKS);
        assertThat(keys.litKeys()).isEmpty();

        keys.press(PadKey.VERY_DISSATISFIED);
        hall.window(WindowPhase.AWAITING_RATING, ticket); // the same state heard again, e.g. after a reconnect
        keys.press(PadKey.VERY_DISSATISFIED);
        flushWithRecall();

        assertThat(hall.ratingsHeard()).isEqualTo(1);
    }

    @Test
    void rating_keys_while_the_pad_shows_the_staff_screen_are_ignored() {
        hall.windowHeard(WindowPhase.CALLING, PadHall.ticket("A012"));

        keys.press(PadKey.VERY_SATISFIED);
        keys.press(PadKey.DISSATISFIED);
        flushWithRecall();

        assertThat(hall.ratingsHeard()).isZero();
        assertThat(pad.screen()).isEqualTo(PadScreen.STAFF);
    }

    @Test
    void nobody_rating_within_the_timeout_returns_to_staff_and_the_ticket_stays_unrated() {
        TicketInfo ticket = PadHall.ticket("A012");
        hall.window(WindowPhase.AWAITING_RATING, ticket);
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);

        clock.advance(Duration.ofSeconds(59));
        pad.checkTimers().join();
        assertThat(pad.screen()).isEqualTo(PadScreen.RATE);

        clock.advance(Duration.ofSeconds(1));
        pad.checkTimers().join();
        assertThat(pad.screen()).isEqualTo(PadScreen.STAFF);
        assertThat(keys.litKeys()).isEmpty();

        hall.windowHeard(WindowPhase.AWAITING_RATING, ticket); // the hub still awaits it: the pad does not ask again
        keys.press(PadKey.SATISFIED);
        flushWithRecall();
        assertThat(pad.screen()).isEqualTo(PadScreen.STAFF);
        assertThat(hall.ratingsHeard()).isZero();
    }

    @Test
    void thanks_shows_for_five_seconds_then_the_staff_screen() {
        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A012"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);
        keys.press(PadKey.VERY_SATISFIED);
        assertThat(pad.screen()).isIn(PadScreen.RATE, PadScreen.THANKS);
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.THANKS);

        clock.advance(Duration.ofSeconds(4));
        pad.checkTimers().join();
        assertThat(pad.screen()).isEqualTo(PadScreen.THANKS);

        clock.advance(Duration.ofSeconds(1));
        pad.checkTimers().join();
        assertThat(pad.screen()).isEqualTo(PadScreen.STAFF);
    }

    @Test
    void a_new_ticket_awaiting_rating_while_thanking_asks_again_at_once() {
        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A012"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);
        keys.press(PadKey.SATISFIED);
        hall.awaitRating(r -> r.ticketId().equals("20261124-A012"));

        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A013"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);
        keys.press(PadKey.BASICALLY_SATISFIED);

        assertThat(hall.awaitRating(r -> r.ticketId().equals("20261124-A013")).level())
                .isEqualTo(RatingLevel.BASICALLY_SATISFIED);
    }

    @Test
    void a_refusal_from_the_hub_is_kept_and_explained_in_chinese() {
        keys.press(PadKey.NEXT);
        StaffCommand next = hall.awaitCommand(c -> c.action() == StaffAction.NEXT);

        hall.hub.send(next.replyTo(), Reply.error(next.requestId(), ErrorCode.QUEUE_EMPTY, "nobody is waiting"));

        await().atMost(Duration.ofSeconds(5)).until(() -> pad.lastReply().isPresent());
        Reply reply = pad.lastReply().orElseThrow();
        assertThat(reply.ok()).isFalse();
        assertThat(reply.error()).isEqualTo(ErrorCode.QUEUE_EMPTY);
        assertThat(reply.requestId()).isEqualTo(next.requestId());
        PadNotice notice = pad.snapshot().join().notice();
        assertThat(notice.message()).isEqualTo("nobody is waiting");
        assertThat(notice.messageZh()).isEqualTo("当前无人等候");
        assertThat(notice.action()).isEqualTo("NEXT");
    }

    @Test
    void a_pad_the_hall_office_revoked_says_so_instead_of_a_server_error() {
        keys.press(PadKey.NEXT);
        StaffCommand next = hall.awaitCommand(c -> c.action() == StaffAction.NEXT);

        hall.hub.send(next.replyTo(), Reply.error(next.requestId(), ErrorCode.DEVICE_REVOKED,
                "device E3 was revoked by admin: replaced"));

        await().atMost(Duration.ofSeconds(5)).until(() -> pad.lastReply().isPresent());
        PadNotice notice = pad.snapshot().join().notice();
        assertThat(notice.code()).isEqualTo("DEVICE_REVOKED");
        assertThat(notice.messageZh()).isEqualTo("本机已被大厅管理员停用，请联系管理员");
        assertThat(PadNotice.chinese(ErrorCode.DEVICE_NOT_REGISTERED)).isEqualTo("本机未在大厅登记，请联系管理员登记");
    }

    @Test
    void a_command_the_hub_does_not_answer_in_time_shows_that_the_server_does_not_answer() {
        keys.press(PadKey.FINISH);
        hall.awaitCommand(c -> c.action() == StaffAction.FINISH);

        clock.advance(Duration.ofMillis(4_900));
        pad.checkTimers().join();
        assertThat(pad.snapshot().join().notice()).isNull();

        clock.advance(Duration.ofMillis(100));
        pad.checkTimers().join();
        PadNotice notice = pad.snapshot().join().notice();
        assertThat(notice.code()).isEqualTo(PadNotice.NO_ANSWER);
        assertThat(notice.messageZh()).isEqualTo("大厅服务器无响应");
        assertThat(pad.lastReply()).isEmpty();
    }

    @Test
    void the_pad_reports_itself_as_window_3s_evaluator_and_a_keypad_fault_degrades_it() {
        DeviceStatus healthy = hall.hub.awaitStatus(PadHall.PAD,
                s -> s.state() == DeviceState.ONLINE && s.page() != null && "OK".equals(s.hardware().get("keypad")));
        assertThat(healthy.kind()).isEqualTo(DeviceKind.EVALUATOR);
        assertThat(healthy.window()).isEqualTo(PadHall.WINDOW);
        assertThat(healthy.page()).isEqualTo(pad.pageUrl());

        keys.simulateFault("key NEXT on GPIO 12 held for 31 s: stuck key or short circuit");

        DeviceStatus degraded = hall.hub.awaitStatus(PadHall.PAD, s -> s.state() == DeviceState.DEGRADED);
        assertThat(degraded.hardware()).containsEntry("keypad", "FAULT");
        assertThat(degraded.reason()).contains("keypad", "stuck key");
    }

    /** Presses RECALL and waits for it: anything the pad published before it has then been heard too. */
    private void flushWithRecall() {
        int before = hall.commandsHeard();
        keys.press(PadKey.RECALL);
        await().atMost(Duration.ofSeconds(5)).until(() -> hall.commandsHeard() > before);
    }
}
