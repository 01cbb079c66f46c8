package dev.hallq.agent;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.web.WebServer;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.HallTopics;
import io.javalin.config.RoutesConfig;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * What every device agent is made of: its MQTT link (with an OFFLINE last will), its retained status
 * and, when it has one, its own web page. The device code composes one of these.
 */
public final class AgentRuntime implements AutoCloseable {
    private final AgentSettings settings;
    private final HallTopics topics;
    private final StatusReporter status;
    private final MqttLink link;
    private final Clock clock;
    private WebServer web;

    public AgentRuntime(AgentSettings settings, DeviceKind kind, Integer window, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.topics = new HallTopics(settings.hallId());
        this.status = new StatusReporter(topics, settings.deviceId(), kind, window, clock);
        this.link = new PahoMqttLink(LinkSettings.of(settings.brokerUri(), settings.clientId()).withWill(status.will()));
        status.attach(link);
    }

    /** Serves the agent's page from {@code /web/<pages>} on the configured host and port. */
    public WebServer serve(String pages, Consumer<RoutesConfig> routes) {
        web = WebServer.start(settings.deviceId(), "/web/" + pages, settings.httpHost(), settings.httpPort(), 16, routes);
        status.page(web.url());
        return web;
    }

    /** Connects in the background; returns at once. */
    public void start() {
        link.start();
    }

    public AgentSettings settings() {
        return settings;
    }

    public HallTopics topics() {
        return topics;
    }

    public StatusReporter status() {
        return status;
    }

    public MqttLink link() {
        return link;
    }

    public Clock clock() {
        return clock;
    }

    public String deviceId() {
        return settings.deviceId();
    }

    @Override
    public void close() {
        status.goodbye();
        link.close();
        if (web != null) {
            web.close();
        }
    }
}
