package dev.hallq.hub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The hub's figures for {@code /metrics} (Prometheus text). */
public final class HubMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer callLatency = Timer.builder("hall.call.latency")
            .description("From a staff key reaching the hub to the first screen showing the call")
            .publishPercentiles(0.5, 0.9, 0.99)
            .register(registry);
    private final Timer storing = Timer.builder("hall.store.commit")
            .description("Storing one batch of the desk's work (commit and fsync), which its calls wait for")
            .publishPercentiles(0.5, 0.9, 0.99)
            .register(registry);
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    public void ticketIssued(String serviceId) {
        Counter.builder("hall.tickets.issued").description("Tickets issued").tag("service", serviceId)
                .register(registry).increment();
    }

    public void ticketCalled(int window, boolean recall) {
        Counter.builder("hall.tickets.called").description("Calls made, recalls included")
                .tag("window", Integer.toString(window)).tag("recall", Boolean.toString(recall))
                .register(registry).increment();
    }

    public void ticketEnded(String how) {
        Counter.builder("hall.tickets.ended").description("Tickets finished or missed").tag("how", how)
                .register(registry).increment();
    }

    public void rated(String level) {
        Counter.builder("hall.ratings").description("Ratings stored").tag("level", level).register(registry).increment();
    }

    public void rejected(String reason) {
        Counter.builder("hall.mqtt.rejected").description("MQTT messages refused").tag("reason", reason)
                .register(registry).increment();
    }

    public void callShown(Duration latency) {
        callLatency.record(latency);
    }

    public void batchStored(Duration took) {
        storing.record(took);
    }

    public void waiting(String serviceId, int count) {
        waiting.computeIfAbsent(serviceId, id -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("hall.tickets.waiting", value, AtomicInteger::get).tag("service", id)
                    .description("Tickets waiting").register(registry);
            return value;
        }).set(count);
    }

    public void devicesOnline(Supplier<Number> online) {
        Gauge.builder("hall.devices.online", online).description("Devices whose status is not OFFLINE")
                .register(registry);
    }

    /** The rating export's outbox: records waiting to go and records parked after a refusal. */
    public void ratingExports(Supplier<Number> pending, Supplier<Number> failed) {
        Gauge.builder("hall.exports.pending", pending).description("Rating export records waiting to be delivered")
                .register(registry);
        Gauge.builder("hall.exports.failed", failed).description("Rating export records refused and parked")
                .register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }
}
