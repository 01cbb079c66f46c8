package dev.hallq.demo.bench;

import dev.hallq.agent.mqtt.NoDelaySockets;

import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.Schema;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The staff of every window, pressing NEXT → FINISH → NEXT … on their pads' topics ({@code dev/E{n}/up/staff-command},
 * as a pad publishes), each press after the hub answered the last one and a think time. One MQTT client publishes
 * for all the pads (to the broker and the hub a message is the same whichever connection carries it) and only
 * publishes, like a pad whose last message came seconds before its key: a client that has just acknowledged a message
 * would hold its next publish back (see {@link NoDelaySockets}), and with every window's replies on it that would be
 * nearly always. Another client hears the replies. A NEXT the hub answers with QUEUE_EMPTY is pressed again after a
 * think; an unanswered key is pressed again after 10 s.
 */
final class BenchStaff implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchStaff.class);
    private static final Duration UNANSWERED = Duration.ofSeconds(10);

    private final BenchClient pads;
    private final BenchClient replies;
    private final HallTopics topics;
    private final CallTimings timings;
    private final Duration think;
    private final Random random;
    private final Desk[] desks;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-staff");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong nexts = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong empty = new AtomicLong();
    private final AtomicLong finishes = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private volatile boolean stopped;

    BenchStaff(String broker, HallTopics topics, int windows, Duration think, CallTimings timings, long seed) {
        this.topics = topics;
        this.timings = timings;
        this.think = think;
        this.random = new Random(seed);
        this.desks = new Desk[windows + 1];
        for (int w = 1; w <= windows; w++) {
            desks[w] = new Desk(w);
        }
        this.pads = BenchClient.connect(broker, "bench-pads");
        this.replies = BenchClient.connect(broker, "bench-pad-replies");
        replies.subscribe(Topic.REPLY.pattern().replace("{hall}", topics.hallId()).replace("{device}", "+"),
                (topic, payload, at) -> {
                    try {
                        timer.execute(() -> answered(topic, payload));
                    } catch (RejectedExecutionException e) {
                        LOG.debug("bench: reply on {} after the staff went home", topic);
                    }
                });
    }

    /** Each window's first NEXT comes at a random moment of the first cycle, so calls are spread from the start. */
    void start() {
        long cycle = 2 * think.toMillis();
        for (int w = 1; w < desks.length; w++) {
            Desk desk = desks[w];
            timer.schedule(() -> press(desk, StaffAction.NEXT), (long) (random.nextDouble() * cycle), TimeUnit.MILLISECONDS);
        }
    }

    /** No key is pressed from now on. */
    void stop() {
        stopped = true;
    }

    Counts counts() {
        return new Counts(nexts.get(), calls.get(), empty.get(), finishes.get(), refused.get(), unanswered.get());
    }

    boolean lostTheBroker() {
        return pads.lostTheBroker() || replies.lostTheBroker();
    }

    /** What the staff did in the whole run (warm-up included). */
    record Counts(long nexts, long calls, long queueEmpty, long finishes, long refused, long unanswered) {
    }

    private void press(Desk desk, StaffAction action) {
        if (stopped) {
            return;
        }
        String requestId = (action == StaffAction.NEXT ? "n" : "f") + desk.window + "-" + (++desk.presses);
        desk.waitingFor = requestId;
        desk.action = action;
        StaffCommand command = new StaffCommand(Schema.VERSION, requestId, null, desk.window, action, null, null, null,
                null, null, null, null);
        byte[] payload = Json.write(command);
        if (action == StaffAction.NEXT) {
            nexts.incrementAndGet();
            timings.nextPublished(desk.window, System.nanoTime(), Instant.now());
        } else {
            finishes.incrementAndGet();
        }
        try {
            pads.publish(desk.topic, payload);
        } catch (IllegalStateException e) {
            LOG.warn("bench: {} at window {} not sent: {}", action, desk.window, e.getMessage());
        }
        timer.schedule(() -> {
            if (requestId.equals(desk.waitingFor)) {
                unanswered.incrementAndGet();
                press(desk, action);
            }
        }, UNANSWERED.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void answered(String topic, byte[] payload) {
        HallTopics.DeviceTopic from = topics.parseDeviceTopic(topic).orElse(null);
        if (from == null || !from.deviceId().startsWith("E")) {
            return; // a kiosk's reply
        }
        Desk desk = desks[Integer.parseInt(from.deviceId().substring(1))];
        Reply reply;
        try {
            reply = Json.read(payload, Reply.class);
        } catch (BadPayload e) {
            LOG.warn("bench: unreadable reply on {}: {}", topic, e.getMessage());
            return;
        }
        if (reply.requestId() == null || !reply.requestId().equals(desk.waitingFor)) {
            return; // an answer to a key pressed again after a timeout
        }
        desk.waitingFor = null;
        StaffAction then = then(desk.action, reply);
        timer.schedule(() -> press(desk, then), thinkMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next key: the loop's, or the one that puts a window that got out of step back into it. */
    private StaffAction then(StaffAction pressed, Reply reply) {
        if (reply.ok()) {
            if (pressed == StaffAction.NEXT) {
                calls.incrementAndGet();
                return StaffAction.FINISH;
            }
            return StaffAction.NEXT;
        }
        if (reply.error() == ErrorCode.QUEUE_EMPTY) {
            empty.incrementAndGet();
            return StaffAction.NEXT;
        }
        refused.incrementAndGet();
        LOG.warn("bench: {} refused: {} {}", pressed, reply.error(), reply.message());
        // WRONG_STATE: a NEXT pressed again while the first one's call stands needs a FINISH, and the other way round
        return pressed == StaffAction.NEXT ? StaffAction.FINISH : StaffAction.NEXT;
    }

    private long thinkMillis() {
        return (long) (think.toMillis() * (0.5 + random.nextDouble()));
    }

    @Override
    public void close() {
        stopped = true;
        timer.shutdownNow();
        pads.close();
        replies.close();
    }

    /** One window's pad, touched only on the staff's timer thread. */
    private final class Desk {
        final int window;
        final String topic;
        long presses;
        String waitingFor;
        StaffAction action;

        Desk(int window) {
            this.window = window;
            this.topic = topics.device("E" + window, Topic.STAFF_COMMAND);
        }
    }
}
