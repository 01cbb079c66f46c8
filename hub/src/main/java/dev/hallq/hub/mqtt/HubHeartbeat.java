package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The hub's heartbeat: screens that hear nothing from the hub for a while show an offline banner, and a quiet hall
 * must not look like a dead hub. Every screen hears a beat once a {@code round}, on its own slot's topic
 * ({@link HallTopics#hubBeat}); the slots are beaten one after the other, a tenth of the round apart, so the broker
 * sends a tenth of the hall's screens a copy at a time. (Republishing one status every screen hears made the broker
 * write to all 200 screens of a big hall at once, and a call made in that moment waited behind them.)
 */
public final class HubHeartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubHeartbeat.class);

    private final MqttLink link;
    private final HallTopics topics;
    private final Supplier<HubStatus> status;
    private final ScheduledExecutorService timer;
    private int next;

    private HubHeartbeat(MqttLink link, HallTopics topics, Supplier<HubStatus> status) {
        this.link = link;
        this.topics = topics;
        this.status = status;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hub-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts beating: one slot every {@code round} / {@link HallTopics#BEAT_SLOTS}. */
    public static HubHeartbeat start(MqttLink link, HallTopics topics, Supplier<HubStatus> status, Duration round) {
        long every = round.toNanos() / HallTopics.BEAT_SLOTS;
        if (every <= 0) {
            throw new IllegalArgumentException("a heartbeat round must be positive, was " + round);
        }
        HubHeartbeat beat = new HubHeartbeat(link, topics, status);
        beat.timer.scheduleAtFixedRate(beat::beat, every, every, TimeUnit.NANOSECONDS);
        return beat;
    }

    private void beat() {
        int slot = next;
        next = (next + 1) % HallTopics.BEAT_SLOTS;
        try {
            if (link.isConnected()) {
                link.publish(topics.hubBeat(slot), Json.write(status.get()), false);
            }
        } catch (RuntimeException e) {
            LOG.error("heartbeat for slot {} failed", slot, e); // the next beat tries again
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
