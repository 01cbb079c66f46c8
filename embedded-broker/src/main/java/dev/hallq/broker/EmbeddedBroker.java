package dev.hallq.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttQoS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * The hub's own MQTT 3.1.1 broker (Moquette), for a hall that runs no broker of its own. Port 0 picks a
 * free port, which is what tests use.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    private final Server server;
    private final String host;
    private final int port;

    private EmbeddedBroker(Server server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Starts a broker listening on {@code host:port}; anonymous clients allowed, nothing persisted. */
    public static EmbeddedBroker start(String host, int requestedPort) throws IOException {
        // Moquette's getPort() races with its own bind, so a free port is chosen here instead
        int port = requestedPort == 0 ? freePort(host) : requestedPort;
        Properties props = new Properties();
        props.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        props.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        props.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        props.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "false");
        props.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        props.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        props.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        props.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        props.setProperty(BrokerConstants.SESSION_QUEUE_SIZE, "4096");
        // one thread tells listeners inside the process what clients published, in the order the broker took it
        props.setProperty(BrokerConstants.BROKER_INTERCEPTOR_THREAD_POOL_SIZE, "1");
        Server server = new Server();
        server.startServer(new MemoryConfig(props), List.of());
        EmbeddedBroker broker = new EmbeddedBroker(server, host, port);
        LOG.info("embedded MQTT broker listening on {}", broker.uri());
        return broker;
    }

    public int port() {
        return port;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /** The URI clients connect to, e.g. {@code tcp://127.0.0.1:1883}. */
    public String uri() {
        String h = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "tcp://" + h + ":" + port();
    }

    /**
     * Publishes from inside this process (QoS 1, as a client would), with no socket and no client: what the hub
     * beside its own broker does. A retained empty payload clears the topic's retained message. Once the broker has
     * stopped, the message is dropped with a log line.
     */
    public void publishInside(String publisher, String topic, byte[] payload, boolean retained) {
        try {
            server.internalPublish(MqttMessageBuilders.publish().topicName(topic).retained(retained)
                    .qos(MqttQoS.AT_LEAST_ONCE).payload(Unpooled.wrappedBuffer(payload)).build(), publisher);
        } catch (IllegalStateException e) {
            LOG.debug("{}: broker stopped, {} not published: {}", publisher, topic, e.getMessage());
        }
    }

    /**
     * Hears every message a client publishes (not what {@link #publishInside} publishes), once the broker has taken
     * it, on the broker's one listener thread, in the order the broker took them. {@code listener} gets its own
     * copy of the payload; it should not block, since it holds up the messages after it.
     */
    public void hearInside(String listenerId, BiConsumer<String, byte[]> listener) {
        server.addInterceptHandler(new Listener(listenerId) {
            @Override
            public void onPublish(InterceptPublishMessage msg) {
                try {
                    listener.accept(msg.getTopicName(), ByteBufUtil.getBytes(msg.getPayload()));
                } finally {
                    msg.getPayload().release(); // each listener gets its own reference (Moquette's contract)
                }
            }
        });
    }

    /** One subscription a client made: its id, the filter and the QoS it asked for (0, 1 or 2). */
    public record Subscribed(String clientId, String filter, int qos) {
    }

    /** Hears each subscription a client makes, on the broker's listener thread (what a client asked for, and how). */
    public void hearSubscriptions(String listenerId, java.util.function.Consumer<Subscribed> listener) {
        server.addInterceptHandler(new Listener(listenerId) {
            @Override
            public void onSubscribe(io.moquette.interception.messages.InterceptSubscribeMessage msg) {
                listener.accept(new Subscribed(msg.getClientID(), msg.getTopicFilter(), msg.getRequestedQos().value()));
            }
        });
    }

    /** A listener inside the broker, named in its log when the broker's session loop fails under it. */
    private abstract static class Listener extends AbstractInterceptHandler {
        private final String id;

        Listener(String id) {
            this.id = id;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public void onSessionLoopError(Throwable error) {
            LOG.error("{}: broker session loop failed", id, error);
        }
    }

    /** Drops a client's connection as if its network died: the broker then publishes its last will. */
    public boolean dropClient(String clientId) {
        return server.disconnectClient(clientId);
    }

    @Override
    public void close() {
        server.stopServer();
        LOG.info("embedded MQTT broker stopped");
    }
}
