package dev.hallq.hub.dashboard;

import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.devices.DeviceRegistry;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the dashboard page hears on {@code /events} besides the hall's own news: {@code alert} (keyed by kind and
 * subject, so the kept latest values stay as many as the hall's windows, services and devices), {@code queue} (a
 * service's line), {@code post} (a window's post and hours) and {@code device} (also after each call ack). Lines,
 * posts and devices are sent only when they changed. Alert thread only.
 */
final class DashboardFeed {
    private final LiveView live;
    private final Map<String, Object> lastPushed = new HashMap<>();

    DashboardFeed(LiveView live) {
        this.live = live;
    }

    void alert(Alert a) {
        live.publish("alert", a.key(), a);
    }

    void device(DeviceRegistry.DeviceView d) {
        push("device", d.id(), d);
    }

    /** Each service's line (how many wait, who waited longest, what the slot cap leaves) and each window's post. */
    void lines(HallSnapshot hall, Instant now) {
        hall.lines().values().forEach(line -> push("queue", line.serviceId(), line));
        for (WindowConfig w : hall.hall().windows()) {
            push("post", Integer.toString(w.number()), WindowPost.of(hall, w, now));
        }
    }

    private void push(String type, String key, Object value) {
        if (!Objects.equals(lastPushed.put(type + "/" + key, value), value)) {
            live.publish(type, key, value);
        }
    }
}
