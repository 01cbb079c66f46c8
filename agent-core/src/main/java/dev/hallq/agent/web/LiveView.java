package dev.hallq.agent.web;

import dev.hallq.protocol.Json;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes a page's state to its browsers over server-sent events ({@code event: update}, data
 * {@code {"type":..,"key":..,"data":..}}). The latest value of every (type, key) is kept and replayed to a
 * browser that (re)connects, so a page never shows stale data after a reconnect and never polls.
 * <p>
 * Publishing never waits on a browser: each browser has its own line of updates, written by a shared pool of sender
 * threads, so a slow or stuck browser holds up nobody (not the hub's desk, not an agent's MQTT link, not the other
 * browsers). A browser that falls {@value #MAX_BEHIND} updates behind is let go; it reconnects and gets the latest
 * state again.
 */
public final class LiveView {
    private static final Logger LOG = LoggerFactory.getLogger(LiveView.class);
    private static final String EVENT = "update";
    static final int MAX_BEHIND = 2_000;
    private static final ExecutorService SENDERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "live-view-send");
        t.setDaemon(true);
        return t;
    });

    private final Map<String, String> latest = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Browser> browsers = new ConcurrentLinkedQueue<>();

    /** Register as {@code routes.sse("/events", liveView::join)}. */
    public void join(SseClient client) {
        Browser browser = new Browser(client);
        client.onClose(() -> browsers.remove(browser));
        synchronized (this) {
            latest.values().forEach(browser::offer);
            browsers.add(browser);
        }
        client.keepAlive();
    }

    /** Sends a state (e.g. type {@code window}, key {@code 3}) to every browser and keeps it for newcomers. */
    public void publish(String type, String key, Object value) {
        publish(type, key, value, false);
    }

    /**
     * As {@link #publish(String, String, Object)}; a {@code lastWord} (e.g. a ticket that ended) is sent to every
     * browser but the kept value is forgotten, so newcomers are not replayed what no longer lives: a hub kept every
     * ticket of every day otherwise, and replayed them all.
     */
    public synchronized void publish(String type, String key, Object value, boolean lastWord) {
        String json = envelope(type, key, value);
        if (lastWord) {
            latest.remove(type + "/" + key);
        } else {
            latest.put(type + "/" + key, json);
        }
        browsers.forEach(b -> b.offer(json));
    }

    /** Values kept for browsers that join. */
    public synchronized int kept() {
        return latest.size();
    }

    /** Sends a one-off happening (e.g. a new call) that is not replayed. */
    public synchronized void announce(String type, Object value) {
        String json = envelope(type, null, value);
        browsers.forEach(b -> b.offer(json));
    }

    public int browsers() {
        return browsers.size();
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

    /** One browser's line of updates, sent in order by one sender thread at a time. */
    private final class Browser {
        private final SseClient client;
        private final ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicInteger behind = new AtomicInteger();
        private final AtomicBoolean sending = new AtomicBoolean();
        private volatile boolean gone;

        Browser(SseClient client) {
            this.client = client;
        }

        void offer(String json) {
            if (gone) {
                return;
            }
            if (behind.incrementAndGet() > MAX_BEHIND) {
                LOG.info("a browser fell {} updates behind; letting it go (it reconnects for the latest)", MAX_BEHIND);
                leave();
                return;
            }
            waiting.add(json);
            if (sending.compareAndSet(false, true)) {
                SENDERS.execute(this::sendWaiting);
            }
        }

        private void sendWaiting() {
            do {
                for (String json; (json = waiting.poll()) != null; ) {
                    behind.decrementAndGet();
                    if (!gone) {
                        send(json);
                    }
                }
                sending.set(false);
            } while (!waiting.isEmpty() && sending.compareAndSet(false, true));
        }

        private void send(String json) {
            try {
                if (client.terminated()) {
                    leave();
                } else {
                    client.sendEvent(EVENT, json);
                }
            } catch (RuntimeException e) {
                LOG.debug("browser gone: {}", e.getMessage());
                leave();
            }
        }

        private void leave() {
            gone = true;
            browsers.remove(this);
            waiting.clear();
            SENDERS.execute(() -> { // closing may wait on the browser too
                try {
                    client.close();
                } catch (RuntimeException e) {
                    LOG.debug("closing a browser's stream: {}", e.getMessage());
                }
            });
        }
    }
}
