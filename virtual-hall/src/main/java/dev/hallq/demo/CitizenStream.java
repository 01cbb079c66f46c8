package dev.hallq.demo;

import dev.hallq.kiosk.KioskAgent;
import dev.hallq.protocol.ServiceQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Citizens walking in at random (Poisson) times and touching a service on a kiosk. */
final class CitizenStream {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenStream.class);

    private final List<KioskAgent> kiosks;
    private final Duration meanArrival;
    private final Random random;
    private final Clock clock;
    private Instant nextArrival;

    CitizenStream(VirtualHall hall, Duration meanArrival, Random random, Clock clock) {
        this.kiosks = List.copyOf(hall.kiosks().values());
        this.meanArrival = meanArrival;
        this.random = random;
        this.clock = clock;
        this.nextArrival = clock.instant();
    }

    void tick() {
        Instant now = clock.instant();
        if (now.isBefore(nextArrival)) {
            return;
        }
        long gapMs = Math.max(1, (long) (-Math.log(1 - random.nextDouble()) * meanArrival.toMillis()));
        nextArrival = now.plusMillis(gapMs);
        KioskAgent kiosk = kiosks.get(random.nextInt(kiosks.size()));
        List<ServiceQueue> services = kiosk.services();
        if (services.isEmpty()) {
            return;
        }
        ServiceQueue service = services.get(random.nextInt(services.size()));
        kiosk.takeTicket(service.id(), false).thenAccept(result -> {
            if (!result.ok()) {
                LOG.info("a simulated citizen got no ticket for {}: {} {}", service.id(), result.code(), result.message());
            }
        });
    }
}
