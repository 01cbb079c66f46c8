package dev.hallq.display;

import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads what the hub sends; a malformed payload is logged with its topic and dropped, never thrown. */
final class Inbound {
    private static final Logger LOG = LoggerFactory.getLogger(Inbound.class);

    private final String deviceId;
    private final AtomicInteger dropped = new AtomicInteger();

    Inbound(String deviceId) {
        this.deviceId = deviceId;
    }

    <T> Optional<T> read(String topic, byte[] payload, Class<T> type) {
        try {
            return Optional.of(Json.read(payload, type));
        } catch (BadPayload e) {
            dropped.incrementAndGet();
            LOG.warn("display {}: malformed {} on {} dropped: {}", deviceId, type.getSimpleName(), topic, e.getMessage());
            return Optional.empty();
        }
    }

    /** Malformed payloads dropped so far. */
    int dropped() {
        return dropped.get();
    }
}
