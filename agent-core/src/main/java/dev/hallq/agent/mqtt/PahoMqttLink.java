package dev.hallq.agent.mqtt;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@link MqttLink} on the Eclipse Paho MQTT 3.1.1 async client, with its own reconnect loop and outbox. */
public final class PahoMqttLink implements MqttLink {
    private static final Logger LOG = LoggerFactory.getLogger(PahoMqttLink.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final long SUBSCRIBE_TIMEOUT_MS = 10_000;

    private final LinkSettings settings;
    private final MqttAsyncClient client;
    private final ScheduledExecutorService control;
    private final ExecutorService delivery;
    private final Subscriptions subscriptions;
    /** Run on Paho's callback thread: see {@link MqttLink#subscribeQuick}. */
    private final Subscriptions quick;
    /** Filters subscribed at QoS 0: see {@link MqttLink#subscribeLatest}. */
    private final java.util.Set<String> atMostOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Outbox outbox;
    /** Held while handing messages to Paho, so that what waited in the outbox goes before anything newer. */
    private final Object sending = new Object();
    private volatile boolean closed;
    private volatile boolean connected;
    private Duration retryDelay = FIRST_RETRY;
    private boolean everConnected;

    public PahoMqttLink(LinkSettings settings) {
        this.settings = settings;
        this.outbox = new Outbox(settings.outboxLimit(), settings.clientId());
        this.subscriptions = new Subscriptions(settings.clientId());
        this.quick = new Subscriptions(settings.clientId());
        try {
            this.client = new MqttAsyncClient(settings.brokerUri(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot use broker " + settings.brokerUri() + ": " + e.getMessage(), e);
        }
        this.control = Executors.newSingleThreadScheduledExecutor(named("mqtt-link-" + settings.clientId()));
        this.delivery = Executors.newSingleThreadExecutor(named("mqtt-in-" + settings.clientId()));
        client.setCallback(new Callback());
    }

    @Override
    public void start() {
        control.execute(this::connectNow);
    }

    @Override
    public void publish(String topic, byte[] payload, boolean retained) {
        synchronized (sending) {
            if (connected && outbox.size() == 0) {
                // Straight to Paho's send queue (it never blocks): one thread hand-off less per message than going
                // through the outbox, which only holds what waits for the broker.
                try {
                    client.publish(topic, payload, 1, retained);
                    return;
                } catch (MqttException e) {
                    LOG.debug("{}: publish to {} deferred: {}", settings.clientId(), topic, e.getMessage());
                }
            }
            outbox.add(new Outbox.Message(topic, payload, retained));
        }
        if (connected) {
            control.execute(this::flush);
        }
    }

    @Override
    public void subscribe(String filter, MessageHandler handler) {
        subscriptions.put(filter, handler);
        if (connected) {
            control.execute(() -> subscribeAll(new String[]{filter}));
        }
    }

    @Override
    public void subscribeQuick(String filter, MessageHandler handler) {
        quick.put(filter, handler);
        if (connected) {
            control.execute(() -> subscribeAll(new String[]{filter}));
        }
    }

    @Override
    public void subscribeLatest(String filter, MessageHandler handler) {
        atMostOnce.add(filter);
        subscribeQuick(filter, handler);
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    /** Messages waiting for the broker. */
    public int pending() {
        return outbox.size();
    }

    @Override
    public void close() {
        if (connected) {
            flushBeforeClose();
        }
        closed = true;
        control.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(200).waitForCompletion(1_000);
            }
        } catch (MqttException e) {
            LOG.debug("{}: disconnect: {}", settings.clientId(), e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("{}: close: {}", settings.clientId(), e.getMessage());
        }
        connected = false;
        delivery.shutdown();
    }

    private void flushBeforeClose() {
        try {
            control.submit(this::flush).get(2, TimeUnit.SECONDS);
            for (IMqttDeliveryToken token : client.getPendingDeliveryTokens()) {
                token.waitForCompletion(1_000);
            }
        } catch (Exception e) {
            LOG.debug("{}: could not flush before closing: {}", settings.clientId(), e.getMessage());
        }
    }

    private void connectNow() {
        if (closed || client.isConnected()) {
            return;
        }
        try {
            client.connect(ConnectRequest.of(settings), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete does the work
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    LOG.debug("{}: connect to {} failed: {}", settings.clientId(), settings.brokerUri(),
                            cause == null ? "?" : cause.getMessage());
                    retryLater();
                }
            });
        } catch (MqttException e) {
            LOG.debug("{}: connect to {} refused: {}", settings.clientId(), settings.brokerUri(), e.getMessage());
            retryLater();
        }
    }

    private void retryLater() {
        if (closed) {
            return;
        }
        Duration delay = retryDelay;
        retryDelay = retryDelay.multipliedBy(2).compareTo(settings.maxRetryDelay()) > 0
                ? settings.maxRetryDelay() : retryDelay.multipliedBy(2);
        try {
            control.schedule(this::connectNow, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("{}: closing, no reconnect", settings.clientId());
        }
    }

    private void onConnected(boolean reconnect) {
        retryDelay = FIRST_RETRY;
        java.util.Set<String> filters = new java.util.LinkedHashSet<>(subscriptions.filters());
        filters.addAll(quick.filters());
        subscribeAll(filters.toArray(String[]::new));
        connected = true;
        LOG.info("{}: connected to {}{}", settings.clientId(), settings.brokerUri(), reconnect ? " again" : "");
        flush();
        delivery.execute(() -> listeners.forEach(l -> safely(() -> l.connected(reconnect))));
    }

    private void subscribeAll(String[] filters) {
        if (filters.length == 0) {
            return;
        }
        int[] qos = new int[filters.length];
        for (int i = 0; i < filters.length; i++) {
            qos[i] = atMostOnce.contains(filters[i]) ? 0 : 1;
        }
        try {
            client.subscribe(filters, qos).waitForCompletion(SUBSCRIBE_TIMEOUT_MS);
        } catch (MqttException e) {
            LOG.warn("{}: subscribe {} failed: {}", settings.clientId(), List.of(filters), e.getMessage());
        }
    }

    private void flush() {
        synchronized (sending) {
            Outbox.Message m;
            while (connected && (m = outbox.peek()) != null) {
                try {
                    client.publish(m.topic(), m.payload(), 1, m.retained());
                    outbox.remove(m);
                } catch (MqttException e) {
                    LOG.debug("{}: publish to {} deferred: {}", settings.clientId(), m.topic(), e.getMessage());
                    return;
                }
            }
        }
    }

    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("{}: handler failed", settings.clientId(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            boolean again = everConnected;
            everConnected = true;
            control.execute(() -> onConnected(again));
        }

        @Override
        public void connectionLost(Throwable cause) {
            connected = false;
            LOG.warn("{}: lost the broker {}: {}", settings.clientId(), settings.brokerUri(),
                    cause == null ? "?" : cause.getMessage());
            delivery.execute(() -> listeners.forEach(l -> safely(() -> l.disconnected(cause))));
            control.execute(PahoMqttLink.this::retryLater);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            byte[] payload = message.getPayload();
            quick.dispatch(topic, payload);
            if (subscriptions.matchesAny(topic)) {
                delivery.execute(() -> subscriptions.dispatch(topic, payload));
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 1 acknowledgement; nothing to do
        }
    }
}
