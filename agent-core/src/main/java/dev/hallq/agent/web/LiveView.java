package dev.hallq.agent.web;

import dev.hallq.protocol.Json;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Pushes a page's state to its browsers over server-sent events ({@code event: update}, data
 * {@code {"type":..,"key":..,"data":..}}). The latest value of every (type, key) is kept and replayed to a
 * browser that (re)connects, so a page never shows stale data after a reconnect and never polls.
 */
public final class LiveView {
    private static final Logger LOG = LoggerFactory.getLogger(LiveView.class);
    private static final String EVENT = "update";

    private final Map<String, String> latest = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<SseClient> clients = new ConcurrentLinkedQueue<>();

    /** Register as {@code routes.sse("/events", liveView::join)}. */
    public void join(SseClient client) {
        client.onClose(() -> clients.remove(client));
        synchronized (this) {
            latest.values().forEach(json -> send(client, json));
            clients.add(client);
        }
        client.keepAlive();
    }

    /** Sends a state (e.g. type {@code window}, key {@code 3}) to every browser and keeps it for newcomers. */
    public synchronized void publish(String type, String key, Object value) {
        String json = envelope(type, key, value);
        latest.put(type + "/" + key, json);
        clients.forEach(c -> send(c, json));
    }

    /** Sends a one-off happening (e.g. a new call) that is not replayed. */
    public synchronized void announce(String type, Object value) {
        String json = envelope(type, null, value);
        clients.forEach(c -> send(c, json));
    }

    public int browsers() {
        return clients.size();
    }

    private static String envelope(String type, String key, Object value) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        if (key != null) {
            e.put("key", key);
        }
        e.put("data", value);
        return Json.writeString(e);
    }

    private void send(SseClient client, String json) {
        try {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(EVENT, json);
            }
        } catch (RuntimeException e) {
            LOG.debug("browser gone: {}", e.getMessage());
            clients.remove(client);
        }
    }
}
