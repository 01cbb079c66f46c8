package dev.hallq.demo.bench;

import dev.hallq.agent.AgentSettings;
import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.KioskResult;
import dev.hallq.kiosk.KioskSettings;
import dev.hallq.kiosk.NoIdCardReader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Citizens taking tickets at real kiosk agents (each its own MQTT client, subscribed to the services board and the
 * guides as on a hall's floor, so the hub's board updates fan out to them too): a backlog before the load, then a
 * steady rate, each ticket for a service drawn at random. No printers: a print job would only add a hop that no call
 * waits for.
 */
final class KioskLoad implements AutoCloseable {
    private static final int BURST = 100;
    private final List<KioskAgent> kiosks = new ArrayList<>();
    private final List<String> services;
    private final Random random;
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private ScheduledFuture<?> issuing;
    private long taken;

    KioskLoad(String broker, String hallId, int count, List<String> services, Clock clock, long seed) {
        this.services = List.copyOf(services);
        this.random = new Random(seed);
        for (int k = 1; k <= count; k++) {
            kiosks.add(KioskAgent.start(KioskSettings.of(new AgentSettings(broker, hallId, "K" + k, "127.0.0.1", 0, true),
                    null), new NoIdCardReader(), clock));
        }
    }

    /** True once every kiosk is connected and has heard the hub and its services. */
    boolean ready() {
        return kiosks.stream().allMatch(k -> k.hubOnline() && !k.services().isEmpty());
    }

    /**
     * Issues {@code count} tickets as fast as the hub answers, round the services, {@value #BURST} at a time (well
     * inside the kiosks' reply timeout); returns how many were issued.
     */
    long backlog(long count) {
        long ok = 0;
        for (long done = 0; done < count; done += BURST) {
            List<CompletableFuture<KioskResult>> burst = new ArrayList<>();
            for (long i = done; i < Math.min(count, done + BURST); i++) {
                burst.add(take(services.get((int) (i % services.size()))));
            }
            CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
            ok += burst.stream().filter(f -> f.join().ok()).count();
        }
        return ok;
    }

    void start(ScheduledExecutorService timer, double perSecond) {
        if (perSecond > 0) {
            long period = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
            issuing = timer.scheduleAtFixedRate(() -> take(services.get(random.nextInt(services.size()))), 0, period,
                    TimeUnit.NANOSECONDS);
        }
    }

    void stop() {
        if (issuing != null) {
            issuing.cancel(false);
        }
    }

    /** Tickets issued and refused (or unanswered in the kiosk's 5 s) so far, backlog included. */
    long issued() {
        return issued.get();
    }

    long failed() {
        return failed.get();
    }

    private CompletableFuture<KioskResult> take(String service) {
        KioskAgent kiosk = kiosks.get((int) (taken++ % kiosks.size()));
        return kiosk.takeTicket(service, false).whenComplete((result, error) -> {
            if (error == null && result.ok()) {
                issued.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        stop();
        kiosks.forEach(KioskAgent::close);
    }
}
