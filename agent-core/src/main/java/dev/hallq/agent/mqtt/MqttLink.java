package dev.hallq.agent.mqtt;

/**
 * The one MQTT port of the product, used by the hub and every agent. Nothing here blocks on the
 * network: publishing while disconnected queues the message, subscriptions are remembered and made
 * again on every (re)connect, and connecting goes on in the background until it succeeds.
 */
public interface MqttLink extends AutoCloseable {

    /** Starts connecting in the background and returns at once. */
    void start();

    /** Publishes with QoS 1; queued (bounded, oldest dropped with a log line) while disconnected. */
    void publish(String topic, byte[] payload, boolean retained);

    /** Subscribes with QoS 1, now if connected and again after every reconnect. */
    void subscribe(String filter, MessageHandler handler);

    /**
     * Like {@link #subscribe}, for small handlers that never block (no file, serial or network I/O, no waiting on
     * others): they run on the MQTT client's own thread as each message arrives, a thread hand-off sooner than
     * {@link #subscribe}'s. Messages for quick handlers keep their order among themselves. A screen's call takes
     * this way; a printer's job does not.
     */
    default void subscribeQuick(String filter, MessageHandler handler) {
        subscribe(filter, handler);
    }

    /**
     * Like {@link #subscribeQuick}, at QoS 0, for a retained state that the next message supersedes (the hub's
     * heartbeat status): the broker sends it to every device at once without waiting for, or keeping track of, an
     * acknowledgement from each (half the broker's work for a message every device hears, and none of the devices'
     * replies). A copy lost with a dropped connection is made good by the retained copy on reconnecting, or by the
     * next message.
     */
    default void subscribeLatest(String filter, MessageHandler handler) {
        subscribeQuick(filter, handler);
    }

    void addConnectionListener(ConnectionListener listener);

    boolean isConnected();

    /** Disconnects; the broker then publishes the last will unless {@code graceful} work already replaced it. */
    @Override
    void close();

    /**
     * Receives messages for a subscription, one at a time: on the link's delivery thread, or as they arrive for
     * {@link #subscribeQuick}.
     */
    @FunctionalInterface
    interface MessageHandler {
        void onMessage(String topic, byte[] payload);
    }

    /** Hears the link go up and down. */
    interface ConnectionListener {
        void connected(boolean reconnect);

        default void disconnected(Throwable cause) {
        }
    }
}
