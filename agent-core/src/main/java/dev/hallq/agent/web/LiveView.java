package dev.hallq.agent.web;

import dev.hallq.protocol.Json;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Pushes a page's state to its browsers over server-sent events. The latest value of every event name
 * is kept and replayed to a browser that (re)connects, so a page never shows stale data after a
 * reconnect and never polls.
 */
public final class LiveView {
    private static final Logger LOG = LoggerFactory.getLogger(LiveView.class);

    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<SseClient> clients = new ConcurrentLinkedQueue<>();

    /** Register as {@code routes.sse("/events", liveView::join)}. */
    public void join(SseClient client) {
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        synchronized (this) {
            latest.forEach((event, json) -> send(client, event, json));
        }
        client.keepAlive();
    }

    /** Sends {@code value} as JSON under {@code event} to every browser and keeps it for newcomers. */
    public synchronized void publish(String event, Object value) {
        String json = Json.writeString(value);
        latest.put(event, json);
        for (SseClient c : clients) {
            send(c, event, json);
        }
    }

    /** Sends a one-off event that is not replayed (e.g. "a call just happened"). */
    public synchronized void announce(String event, Object value) {
        String json = Json.writeString(value);
        for (SseClient c : clients) {
            send(c, event, json);
        }
    }

    public int browsers() {
        return clients.size();
    }

    private void send(SseClient client, String event, String json) {
        try {
            if (!client.terminated()) {
                client.sendEvent(event, json);
            }
        } catch (RuntimeException e) {
            LOG.debug("browser gone: {}", e.getMessage());
            clients.remove(client);
        }
    }
}
