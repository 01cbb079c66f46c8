package dev.hallq.launcher;

import dev.hallq.agent.AgentSettings;
import picocli.CommandLine.Option;

/** The options every device agent takes. */
final class AgentOptions {
    @Option(names = "--broker", required = true, paramLabel = "tcp://HOST:PORT", description = "The hall's MQTT broker.")
    String broker;

    @Option(names = "--hall", defaultValue = "H1", description = "Hall id (default: ${DEFAULT-VALUE}).")
    String hall;

    @Option(names = "--id", required = true, description = "This device's id, unique in the hall, e.g. K1.")
    String id;

    @Option(names = "--http-host", defaultValue = "0.0.0.0", description = "Interface of the device page (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "0", description = "Port of the device page; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--simulate", description = "Use simulated hardware instead of the real drivers.")
    boolean simulate;

    AgentSettings settings() {
        return new AgentSettings(broker, hall, id, httpHost, httpPort, simulate);
    }
}
