package dev.hallq.demo;

import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.SimulatedIdCardReader;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ServiceQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Citizens walking in at random (Poisson) times and touching a service on a kiosk. */
final class CitizenStream {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenStream.class);

    private final List<KioskAgent> kiosks;
    private final VirtualHall hall;
    private final Duration meanArrival;
    private final Random random;
    private final Clock clock;
    private Instant nextArrival;

    CitizenStream(VirtualHall hall, Duration meanArrival, Random random, Clock clock) {
        this.kiosks = List.copyOf(hall.kiosks().values());
        this.hall = hall;
        this.meanArrival = meanArrival;
        this.random = random;
        this.clock = clock;
        this.nextArrival = clock.instant();
    }

    /** A made-up resident card: Beijing Xicheng region code, a birth date 1940-2005, a valid check digit. */
    private CitizenCard card() {
        LocalDate born = LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "110102" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇"};
        return new CitizenCard(surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                + given[random.nextInt(given.length)], Citizen.withCheckDigit(first17), born);
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
        SimulatedIdCardReader reader = hall.reader(kiosk.runtime().deviceId());
        boolean withCard = random.nextDouble() < 0.6; // most citizens lay their ID card on the reader
        if (withCard) {
            reader.insert(card());
        }
        java.util.concurrent.CompletableFuture<dev.hallq.kiosk.KioskResult> taken = kiosk.takeTicket(service.id(), false);
        if (withCard) {
            reader.remove();
        }
        taken.thenAccept(result -> {
            if (!result.ok()) {
                LOG.info("a simulated citizen got no ticket for {}: {} {}", service.id(), result.code(), result.message());
            }
        });
    }
}
