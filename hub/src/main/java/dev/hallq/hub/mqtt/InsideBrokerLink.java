package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.mqtt.Subscriptions;
import dev.hallq.broker.EmbeddedBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hub's {@link MqttLink} when it runs its own broker: it hands what it publishes to the broker inside the process
 * and hears what devices publish from the broker itself, with no socket and no client of its own. A call then costs
 * the devices' hops through the broker and nothing more (over a client connection each message also crossed the
 * loopback socket and four threads more). The hub and its broker live and die together, so the link is up from
 * {@link #start} to {@link #close}; what it publishes after that is dropped with a log line.
 */
public final class InsideBrokerLink implements MqttLink {
    private static final Logger LOG = LoggerFactory.getLogger(InsideBrokerLink.class);

    private final EmbeddedBroker broker;
    private final String name;
    private final Subscriptions subscriptions;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean up;
    private volatile boolean closed;

    public InsideBrokerLink(EmbeddedBroker broker, String name) {
        this.broker = broker;
        this.name = name;
        this.subscriptions = new Subscriptions(name);
        broker.hearInside(name, this::dispatch);
    }

    /** Up at once; listeners hear {@code connected(false)} on this thread. */
    @Override
    public void start() {
        if (closed || up) {
            return;
        }
        up = true;
        LOG.info("{}: inside the embedded broker {}", name, broker.uri());
        listeners.forEach(l -> safely(() -> l.connected(false)));
    }

    /** Hands the message to the broker now (it never blocks on a device); retained as asked. */
    @Override
    public void publish(String topic, byte[] payload, boolean retained) {
        if (closed) {
            LOG.debug("{}: closed, {} not published", name, topic);
            return;
        }
        broker.publishInside(name, topic, payload, retained);
    }

    /** Messages on topics matching {@code filter}, on the broker's one listener thread, in the order it took them. */
    @Override
    public void subscribe(String filter, MessageHandler handler) {
        subscriptions.put(filter, handler);
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean isConnected() {
        return up && !closed;
    }

    @Override
    public void close() {
        closed = true;
        up = false;
    }

    private void dispatch(String topic, byte[] payload) {
        if (!closed) {
            subscriptions.dispatch(topic, payload);
        }
    }

    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("{}: connection listener failed", name, e);
        }
    }
}
