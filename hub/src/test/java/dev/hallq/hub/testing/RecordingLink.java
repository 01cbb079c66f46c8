package dev.hallq.hub.testing;

import dev.hallq.agent.mqtt.MqttLink;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** An MQTT link that keeps what is published on it, for tests of what the hub says; no broker behind it. */
public final class RecordingLink implements MqttLink {
    /** One publish: its topic, payload and retained flag. */
    public record Sent(String topic, byte[] payload, boolean retained) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final AtomicInteger connectedAsked = new AtomicInteger();

    /** Everything published so far, in order. */
    public List<Sent> sent() {
        return sent;
    }

    /** The topics published to so far, in order. */
    public List<String> topics() {
        return sent.stream().map(Sent::topic).toList();
    }

    /** The payloads published on {@code topic} so far, in order. */
    public List<byte[]> payloadsOn(String topic) {
        return sent.stream().filter(s -> s.topic().equals(topic)).map(Sent::payload).toList();
    }

    /** What {@link #isConnected()} answers from now on (true at first). */
    public void connected(boolean now) {
        connected.set(now);
    }

    /** How many times someone asked whether the link is connected. */
    public int connectedAsked() {
        return connectedAsked.get();
    }

    @Override
    public void start() {
    }

    @Override
    public void publish(String topic, byte[] payload, boolean retained) {
        sent.add(new Sent(topic, payload, retained));
    }

    @Override
    public void subscribe(String filter, MessageHandler handler) {
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
    }

    @Override
    public boolean isConnected() {
        connectedAsked.incrementAndGet();
        return connected.get();
    }

    @Override
    public void close() {
    }
}
