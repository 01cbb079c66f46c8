package dev.hallq.agent;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether this agent can reach a live hub right now: its own broker link is up and the hub's retained
 * status says ONLINE. Pages show an offline banner whenever it is false, so a screen never silently
 * shows stale data.
 */
public final class HubWatch {
    private static final Logger LOG = LoggerFactory.getLogger(HubWatch.class);

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean linkUp;
    private volatile boolean hubUp;
    private volatile boolean reported;
    private volatile String publicUrl;

    /** Subscribe before the link starts. */
    public HubWatch(MqttLink link, HallTopics topics) {
        // the heartbeat every device hears at once: QoS 0 (see subscribeLatest); the handler only reads and tells
        // listeners that never block (page banners)
        link.subscribeLatest(topics.hubStatus(), (topic, payload) -> {
            try {
                HubStatus status = Json.read(payload, HubStatus.class);
                hubUp = status.state() != DeviceState.OFFLINE;
                if (status.publicUrl() != null) {
                    publicUrl = status.publicUrl().replaceAll("/+$", "");
                }
            } catch (BadPayload e) {
                LOG.warn("unreadable hub status on {}: {}", topic, e.getMessage());
                hubUp = false;
            }
            changed();
        });
        link.addConnectionListener(new MqttLink.ConnectionListener() {
            @Override
            public void connected(boolean reconnect) {
                linkUp = true;
                changed();
            }

            @Override
            public void disconnected(Throwable cause) {
                linkUp = false;
                changed();
            }
        });
    }

    /** Where citizens' phones reach the hub (for QR codes), as its status last said; null until heard. */
    public String publicUrl() {
        return publicUrl;
    }

    public boolean hubOnline() {
        return linkUp && hubUp;
    }

    /** Hears every change of {@link #hubOnline()}; called at once with the current value. */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        listener.accept(hubOnline());
    }

    /**
     * Keeps a page's offline banner true to this watch: publishes {@code hub} / {@code hall} with
     * {@code {"online": bool}} to the page on every change, and logs it.
     */
    public void showOn(LiveView page, String deviceId) {
        onChange(online -> {
            LOG.info("{}: hub {}", deviceId, online ? "reachable" : "NOT reachable");
            page.publish("hub", "hall", Map.of("online", online));
        });
    }

    private synchronized void changed() {
        boolean now = hubOnline();
        if (now != reported) {
            reported = now;
            listeners.forEach(l -> l.accept(now));
        }
    }
}
