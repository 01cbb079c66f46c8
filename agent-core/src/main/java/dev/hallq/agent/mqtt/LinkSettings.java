package dev.hallq.agent.mqtt;

import java.net.URI;
import java.time.Duration;

/**
 * How a link reaches its broker.
 *
 * @param cleanSession false for the hub, so the broker keeps requests for it while it restarts
 * @param will         the last will, or null
 * @param outboxLimit  messages kept while disconnected before the oldest are dropped
 */
public record LinkSettings(String brokerUri, String clientId, boolean cleanSession, Will will, int outboxLimit,
                           Duration keepAlive, Duration maxRetryDelay) {

    public LinkSettings {
        if (brokerUri == null || !(brokerUri.startsWith("tcp://") || brokerUri.startsWith("ssl://"))) {
            throw new IllegalArgumentException("broker must look like tcp://HOST:PORT, was '" + brokerUri + "'");
        }
        URI uri = URI.create(brokerUri);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("broker must name a host and a port, was '" + brokerUri + "'");
        }
        if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
            throw new IllegalArgumentException("MQTT client id must be 1-64 characters, was '" + clientId + "'");
        }
        if (outboxLimit < 1) {
            throw new IllegalArgumentException("outboxLimit must be positive");
        }
    }

    public static LinkSettings of(String brokerUri, String clientId) {
        return new LinkSettings(brokerUri, clientId, true, null, 10_000, Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    public LinkSettings withWill(Will newWill) {
        return new LinkSettings(brokerUri, clientId, cleanSession, newWill, outboxLimit, keepAlive, maxRetryDelay);
    }

    public LinkSettings withCleanSession(boolean clean) {
        return new LinkSettings(brokerUri, clientId, clean, will, outboxLimit, keepAlive, maxRetryDelay);
    }

    /** A retained last will published by the broker when the link dies without a goodbye. */
    public record Will(String topic, byte[] payload) {
    }
}
