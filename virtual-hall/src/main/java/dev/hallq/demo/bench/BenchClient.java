package dev.hallq.demo.bench;

import dev.hallq.agent.mqtt.NoDelaySockets;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One of the bench's own MQTT clients: bare Paho (the client under the agents' link), QoS 1, clean session. Each
 * message is stamped with {@link System#nanoTime()} the moment Paho hands it over, before anything is parsed; the
 * handlers then run one at a time on the client's own thread, so slow handling never delays a later stamp.
 */
final class BenchClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchClient.class);
    private static final long WAIT_MS = 10_000;

    /** A message and the moment it arrived. */
    @FunctionalInterface
    interface Arrival {
        void arrived(String topic, byte[] payload, long nanos);
    }

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final Map<String, Arrival> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService handling;
    private volatile boolean lost;

    private BenchClient(MqttAsyncClient client, MqttConnectOptions options) {
        this.client = client;
        this.options = options;
        this.handling = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-in-" + client.getClientId());
            t.setDaemon(true);
            return t;
        });
    }

    /** A client with Paho's own sockets, as every agent and the hub have. */
    static BenchClient connect(String broker, String clientId) {
        return connect(broker, clientId, false);
    }

    /** @param noDelay turn Nagle's algorithm off on a {@code tcp://} connection (see {@link NoDelaySockets}) */
    static BenchClient connect(String broker, String clientId, boolean noDelay) {
        try {
            MqttConnectOptions o = new MqttConnectOptions();
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            o.setCleanSession(true);
            o.setAutomaticReconnect(false);
            o.setKeepAliveInterval(10);
            o.setMaxInflight(10_000);
            if (noDelay) {
                if (!broker.startsWith("tcp://")) {
                    throw new IllegalArgumentException("TCP_NODELAY is only set on tcp:// connections, not " + broker);
                }
                o.setSocketFactory(new NoDelaySockets());
            }
            MqttAsyncClient paho = new MqttAsyncClient(broker, clientId, new MemoryPersistence());
            BenchClient bench = new BenchClient(paho, o);
            paho.setCallback(bench.new Stamping());
            paho.connect(o).waitForCompletion(WAIT_MS);
            return bench;
        } catch (MqttException e) {
            throw new IllegalStateException("bench client " + clientId + " cannot connect to " + broker + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Subscribes with QoS 1 and returns once the broker has confirmed it. While the bench sets up, a connection the
     * broker dropped (Moquette now and then closes a fresh one while 200 agents connect at once) is made again once,
     * with every subscription; a drop after that fails the run.
     */
    void subscribe(String filter, Arrival handler) {
        subscriptions.put(filter, handler);
        try {
            client.subscribe(filter, 1).waitForCompletion(WAIT_MS);
        } catch (MqttException e) {
            if (client.isConnected()) {
                throw new IllegalStateException("bench client " + client.getClientId() + " cannot subscribe to "
                        + filter + ": " + e.getMessage(), e);
            }
            LOG.warn("bench client {} dropped while subscribing ({}); connecting again", client.getClientId(),
                    e.getMessage());
            reconnect();
        }
    }

    private void reconnect() {
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    client.connect(options).waitForCompletion(WAIT_MS);
                    break;
                } catch (MqttException e) {
                    // Paho refuses a connect while it is still closing the dropped connection: give it a moment
                    if (e.getReasonCode() != MqttException.REASON_CODE_CLIENT_DISCONNECTING || attempt == 50) {
                        throw e;
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(100).toNanos());
                }
            }
            String[] filters = subscriptions.keySet().toArray(String[]::new);
            int[] qos = new int[filters.length];
            java.util.Arrays.fill(qos, 1);
            client.subscribe(filters, qos).waitForCompletion(WAIT_MS);
            lost = false;
        } catch (MqttException e) {
            throw new IllegalStateException("bench client " + client.getClientId() + " cannot connect again: "
                    + e.getMessage(), e);
        }
    }

    /** Publishes with QoS 1, not retained; returns at once. */
    void publish(String topic, byte[] payload) {
        try {
            client.publish(topic, payload, 1, false);
        } catch (MqttException e) {
            throw new IllegalStateException("bench client " + client.getClientId() + " cannot publish to " + topic
                    + ": " + e.getMessage(), e);
        }
    }

    /** True once the connection broke during the run: what it measured after that is not to be trusted. */
    boolean lostTheBroker() {
        return lost;
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(500).waitForCompletion(WAIT_MS);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("bench client {}: close: {}", client.getClientId(), e.getMessage());
        }
        handling.shutdown();
        try {
            handling.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Stamping implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            long at = System.nanoTime();
            byte[] payload = message.getPayload();
            handling.execute(() -> subscriptions.forEach((filter, handler) -> {
                if (MqttTopic.isMatched(filter, topic)) {
                    try {
                        handler.arrived(topic, payload, at);
                    } catch (RuntimeException e) {
                        LOG.warn("bench client {}: handling a message on {} failed", client.getClientId(), topic, e);
                    }
                }
            }));
        }

        @Override
        public void connectionLost(Throwable cause) {
            lost = true;
            LOG.error("bench client {} lost the broker: {}", client.getClientId(), cause == null ? "?" : cause.getMessage());
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 1 acknowledged; nothing to do
        }
    }
}
