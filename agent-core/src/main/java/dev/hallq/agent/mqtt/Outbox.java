package dev.hallq.agent.mqtt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;

/** Messages on their way to the broker; bounded, the oldest dropped (and logged) when full. */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    record Message(String topic, byte[] payload, boolean retained) {
    }

    private final Deque<Message> queue = new ArrayDeque<>();
    private final int limit;
    private final String owner;

    Outbox(int limit, String owner) {
        this.limit = limit;
        this.owner = owner;
    }

    synchronized void add(Message m) {
        if (queue.size() >= limit) {
            Message dropped = queue.removeFirst();
            LOG.warn("{}: outbox full ({} messages), dropped the oldest, to {}", owner, limit, dropped.topic());
        }
        queue.addLast(m);
    }

    synchronized Message peek() {
        return queue.peekFirst();
    }

    synchronized void remove(Message m) {
        if (queue.peekFirst() == m) {
            queue.removeFirst();
        } else {
            queue.remove(m);
        }
    }

    synchronized int size() {
        return queue.size();
    }
}
