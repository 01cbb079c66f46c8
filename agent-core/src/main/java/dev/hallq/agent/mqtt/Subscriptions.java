package dev.hallq.agent.mqtt;

import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A link's topic filters and their handlers: which match a topic, and handing a message to each of them. A handler
 * that throws is logged and the others still get the message.
 */
public final class Subscriptions {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final String owner;
    private final Map<String, MqttLink.MessageHandler> handlers = new ConcurrentHashMap<>();

    /** @param owner named in the log when a handler fails (the link's client id) */
    public Subscriptions(String owner) {
        this.owner = owner;
    }

    public void put(String filter, MqttLink.MessageHandler handler) {
        handlers.put(filter, handler);
    }

    public Set<String> filters() {
        return handlers.keySet();
    }

    public boolean matchesAny(String topic) {
        for (String filter : handlers.keySet()) {
            if (MqttTopic.isMatched(filter, topic)) {
                return true;
            }
        }
        return false;
    }

    /** Hands the message to every handler whose filter matches {@code topic}, on the calling thread. */
    public void dispatch(String topic, byte[] payload) {
        for (Map.Entry<String, MqttLink.MessageHandler> s : handlers.entrySet()) {
            if (MqttTopic.isMatched(s.getKey(), topic)) {
                try {
                    s.getValue().onMessage(topic, payload);
                } catch (RuntimeException e) {
                    LOG.error("{}: handler failed", owner, e);
                }
            }
        }
    }
}
