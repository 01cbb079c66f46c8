package dev.hallq.agent;

/**
 * What every agent needs to run: which broker, which hall, which device it is, where it serves its page.
 *
 * @param simulate use simulated hardware instead of the real drivers
 */
public record AgentSettings(String brokerUri, String hallId, String deviceId, String httpHost, int httpPort,
                            boolean simulate) {
    public AgentSettings {
        if (brokerUri == null || brokerUri.isBlank()) {
            throw new IllegalArgumentException("--broker is required");
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("--http-port must be 0-65535, was " + httpPort);
        }
        new dev.hallq.protocol.HallTopics(hallId);
        if (deviceId == null || !deviceId.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("--id must be 1-64 letters, digits, '_', '.' or '-', was '" + deviceId + "'");
        }
    }

    public String clientId() {
        return hallId + "-" + deviceId;
    }
}
