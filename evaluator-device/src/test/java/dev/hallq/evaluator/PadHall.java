package dev.hallq.evaluator;

import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.evaluator.keys.Keypad;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A hall around one pad under test. The tests share one {@link Bench} (see {@link SharedBench}): the broker,
 * an {@link MqttProbe} playing the hub that hears every hall, and a link for the hub's retained topics (a
 * probe publishes only non-retained messages). Each test gets a hall of its own, so messages never leak
 * between tests.
 */
final class PadHall implements AutoCloseable {
    static final String PAD = "E3";
    static final int WINDOW = 3;
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final StaffInfo STAFF = new StaffInfo("0371", "王芳");
    private static final AtomicInteger HALLS = new AtomicInteger();

    final String hallId = "pad" + HALLS.incrementAndGet();
    final HallTopics topics = new HallTopics(hallId);
    final MqttProbe hub;
    private final Bench bench;
    private final AtomicLong stateSeq = new AtomicLong();
    private EvaluatorAgent pad;

    /** What the tests share: the broker, the hub's probe and its retained link. */
    static final class Bench implements AutoCloseable {
        final EmbeddedBroker broker;
        final MqttProbe hub;
        private final PahoMqttLink retained;

        static Bench start() {
            try {
                return new Bench(EmbeddedBroker.start("127.0.0.1", 0));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test broker", e);
            }
        }

        private Bench(EmbeddedBroker broker) {
            this.broker = broker;
            hub = MqttProbe.listen(broker.uri(), "hall/+/dev/+/up/+");
            retained = new PahoMqttLink(LinkSettings.of(broker.uri(), "hub-retained"));
            retained.start();
            await().atMost(Duration.ofSeconds(10)).until(retained::isConnected);
        }

        @Override
        public void close() {
            hub.close();
            retained.close();
            broker.close();
        }
    }

    PadHall(Bench bench) {
        this.bench = bench;
        this.hub = bench.hub;
    }

    EvaluatorAgent startPad(Keypad keypad, Clock clock, Duration ratingTimeout, Duration replyTimeout) {
        AgentSettings agent = new AgentSettings(bench.broker.uri(), hallId, PAD, "127.0.0.1", 0, true);
        pad = EvaluatorAgent.start(new EvaluatorSettings(agent, WINDOW, ratingTimeout, replyTimeout), keypad, clock);
        return pad;
    }

    /** The hub online, window 3 idle with its staff signed in, and a pad with the default timeouts that has heard both. */
    EvaluatorAgent startOnlinePad(Keypad keypad, Clock clock) {
        publishRetained(topics.hubStatus(), new HubStatus(hallId, DeviceState.ONLINE, "test", NOW, NOW));
        WindowState idle = window(WindowPhase.IDLE, null);
        startPad(keypad, clock, EvaluatorSettings.DEFAULT_RATING_TIMEOUT, EvaluatorSettings.DEFAULT_REPLY_TIMEOUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> pad.hubOnline() && pad.windowState().equals(java.util.Optional.of(idle)));
        return pad;
    }

    /** Publishes window 3's retained state as the hub would; returns it. */
    WindowState window(WindowPhase phase, TicketInfo ticket) {
        long seq = stateSeq.incrementAndGet();
        WindowState state = new WindowState(WINDOW, "3号窗口 社保业务", phase, ticket, STAFF, seq,
                phase == WindowPhase.PAUSED ? "午休" : null, NOW.plusSeconds(seq));
        publishRetained(topics.windowState(WINDOW), state);
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

    void publishRetained(String topic, Object payload) {
        bench.retained.publish(topic, Json.write(payload), true);
    }

    String commandTopic() {
        return topics.device(PAD, Topic.STAFF_COMMAND);
    }

    String ratingTopic() {
        return topics.device(PAD, Topic.RATING);
    }

    String replyTopic() {
        return topics.device(PAD, Topic.REPLY);
    }

    String statusTopic() {
        return topics.device(PAD, Topic.DEVICE_STATUS);
    }

    StaffCommand awaitCommand(Predicate<StaffCommand> test) {
        return hub.awaitMessage(commandTopic(), StaffCommand.class, test, Duration.ofSeconds(5));
    }

    RatingSubmission awaitRating(Predicate<RatingSubmission> test) {
        return hub.awaitMessage(ratingTopic(), RatingSubmission.class, test, Duration.ofSeconds(5));
    }

    int commandsHeard() {
        return hub.on(commandTopic()).size();
    }

    int ratingsHeard() {
        return hub.on(ratingTopic()).size();
    }

    @Override
    public void close() {
        if (pad != null) {
            pad.close();
        }
    }
}
