package dev.hallq.demo.bench;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker's own round trip, beside the load: one Paho client publishes 64-byte messages with QoS 1 at a steady
 * rate, another subscribed with QoS 1 receives them; the latency is publish → received, on the bench's clock.
 *
 * <p>Two relay streams go beside it, to show what one device hop costs: a relay client receives each message (QoS
 * 1, so it sends a PUBACK) and publishes it on, as a screen acks a call or the hub answers a key; once with Paho's
 * own sockets (as the agents and the hub have them), once with {@code TCP_NODELAY}.
 */
final class RawRoundTrip implements AutoCloseable {
    private static final int PAYLOAD_BYTES = 64;

    private final BenchClient publisher;
    private final BenchClient subscriber;
    private final List<BenchClient> relays = new ArrayList<>();
    private final MeasuredSpan span;
    private final Stream raw;
    private final Stream relay;
    private final Stream relayNoDelay;
    private final List<ScheduledFuture<?>> sending = new ArrayList<>();

    RawRoundTrip(String broker, String hallId, MeasuredSpan span) {
        this.span = span;
        String base = "bench/" + hallId + "/";
        this.subscriber = BenchClient.connect(broker, "bench-raw-sub");
        this.publisher = BenchClient.connect(broker, "bench-raw-pub");
        this.raw = new Stream(base + "raw", base + "raw");
        this.relay = new Stream(base + "relay-in", base + "relay-out");
        this.relayNoDelay = broker.startsWith("tcp://") ? new Stream(base + "nodelay-in", base + "nodelay-out") : null;
        relayVia(broker, "bench-relay", false, relay);
        if (relayNoDelay != null) {
            relayVia(broker, "bench-relay-nodelay", true, relayNoDelay);
        }
    }

    private void relayVia(String broker, String clientId, boolean noDelay, Stream stream) {
        BenchClient client = BenchClient.connect(broker, clientId, noDelay);
        relays.add(client);
        client.subscribe(stream.in, (topic, payload, at) -> client.publish(stream.out, payload));
    }

    void start(ScheduledExecutorService timer, int perSecond) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (Stream s : streams()) {
            sending.add(timer.scheduleAtFixedRate(s::send, 0, period, TimeUnit.NANOSECONDS));
        }
    }

    void stop() {
        sending.forEach(f -> f.cancel(false));
    }

    Latencies.Summary summary() {
        return raw.latencies.summary();
    }

    Latencies.Summary relaySummary() {
        return relay.latencies.summary();
    }

    /** Empty on an {@code ssl://} broker, where the bench sets no socket options. */
    Latencies.Summary relayNoDelaySummary() {
        return relayNoDelay == null ? Latencies.Summary.EMPTY : relayNoDelay.latencies.summary();
    }

    /** Messages of any stream published in the measured span and never received. */
    long lost() {
        return streams().stream().mapToLong(Stream::lost).sum();
    }

    boolean lostTheBroker() {
        return publisher.lostTheBroker() || subscriber.lostTheBroker()
                || relays.stream().anyMatch(BenchClient::lostTheBroker);
    }

    private List<Stream> streams() {
        return relayNoDelay == null ? List.of(raw, relay) : List.of(raw, relay, relayNoDelay);
    }

    @Override
    public void close() {
        stop();
        publisher.close();
        relays.forEach(BenchClient::close);
        subscriber.close();
    }

    /** Messages published on {@code in}, heard on {@code out}. */
    private final class Stream {
        final String in;
        final String out;
        final Map<Long, Long> sent = new ConcurrentHashMap<>();
        final AtomicLong next = new AtomicLong();
        final Latencies latencies = new Latencies();

        Stream(String in, String out) {
            this.in = in;
            this.out = out;
            subscriber.subscribe(out, this::received);
        }

        void send() {
            long k = next.incrementAndGet();
            sent.put(k, System.nanoTime());
            try {
                publisher.publish(in, ByteBuffer.allocate(PAYLOAD_BYTES).putLong(k).array());
            } catch (IllegalStateException e) {
                sent.remove(k); // a publish Paho refused is not a round trip; the run fails if the broker is gone
            }
        }

        void received(String topic, byte[] payload, long at) {
            Long publishedAt = sent.remove(ByteBuffer.wrap(payload).getLong());
            if (publishedAt != null && span.contains(publishedAt)) {
                latencies.record(at - publishedAt);
            }
        }

        long lost() {
            return sent.values().stream().filter(span::contains).count();
        }
    }
}
