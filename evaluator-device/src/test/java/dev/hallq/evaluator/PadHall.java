package dev.hallq.evaluator;

import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.evaluator.keys.Keypad;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One test's pad E3 at window 3, in a hall of its own, and the hub's side of it: window 3's retained state,
 * and the staff commands and ratings the pad sends.
 */
final class PadHall {
    static final String PAD = "E3";
    static final int WINDOW = 3;
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final StaffInfo STAFF = new StaffInfo("0371", "王芳");

    final PlayedHub hub;
    private final AtomicLong stateSeq = new AtomicLong();
    private EvaluatorAgent pad;

    PadHall(PlayedHub hub) {
        this.hub = hub;
    }

    /** Starts the pad, closed when the test ends. */
    EvaluatorAgent startPad(Keypad keypad, Clock clock, Duration ratingTimeout, Duration replyTimeout) {
        pad = hub.closeAtEnd(EvaluatorAgent.start(new EvaluatorSettings(hub.agent(PAD), WINDOW, ratingTimeout, replyTimeout),
                keypad, clock));
        return pad;
    }

    /** The hub online, window 3 idle with its staff signed in, and a pad with the default timeouts that has heard both. */
    EvaluatorAgent startOnlinePad(Keypad keypad, Clock clock) {
        hub.isNow(DeviceState.ONLINE);
        WindowState idle = window(WindowPhase.IDLE, null);
        startPad(keypad, clock, EvaluatorSettings.DEFAULT_RATING_TIMEOUT, EvaluatorSettings.DEFAULT_REPLY_TIMEOUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> pad.hubOnline() && pad.windowState().equals(Optional.of(idle)));
        return pad;
    }

    /** Publishes window 3's retained state as the hub would; returns it. */
    WindowState window(WindowPhase phase, TicketInfo ticket) {
        long seq = stateSeq.incrementAndGet();
        WindowState state = new WindowState(WINDOW, "3号窗口 社保业务", phase, ticket, STAFF, seq,
                phase == WindowPhase.PAUSED ? "午休" : null, NOW.plusSeconds(seq));
        hub.retain(hub.topics().windowState(WINDOW), state);
        return state;
    }

    /** Publishes the state and waits until the pad has taken it. */
    WindowState windowHeard(WindowPhase phase, TicketInfo ticket) {
        WindowState state = window(phase, ticket);
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.windowState().filter(state::equals).isPresent());
        return state;
    }

    static TicketInfo ticket(String number) {
        return new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", 0, NOW);
    }

    String commandTopic() {
        return hub.topics().device(PAD, Topic.STAFF_COMMAND);
    }

    String ratingTopic() {
        return hub.topics().device(PAD, Topic.RATING);
    }

    String replyTopic() {
        return hub.topics().device(PAD, Topic.REPLY);
    }

    StaffCommand awaitCommand(Predicate<StaffCommand> test) {
        return hub.awaitMessage(commandTopic(), StaffCommand.class, test, Duration.ofSeconds(5));
    }

    RatingSubmission awaitRating(Predicate<RatingSubmission> test) {
        return hub.awaitMessage(ratingTopic(), RatingSubmission.class, test, Duration.ofSeconds(5));
    }

    int commandsHeard() {
        return hub.probe().on(commandTopic()).size();
    }

    int ratingsHeard() {
        return hub.probe().on(ratingTopic()).size();
    }
}
