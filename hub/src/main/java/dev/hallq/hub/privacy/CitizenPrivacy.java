package dev.hallq.hub.privacy;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.store.HallStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the full names of real-name tickets' citizens, sealed, for {@code office.privacy.keepNamesDays} days, and
 * purges them after that (at start and every {@link #PURGE_EVERY}). With 0 days no name is kept at all. Keeping runs
 * on a thread of its own, so the desk that hands a name over never waits for the database.
 */
public final class CitizenPrivacy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenPrivacy.class);
    public static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final CitizenNames names;
    private final NameSeal seal;
    private final Supplier<HallConfig> hall;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citizen-names");
        t.setDaemon(true);
        return t;
    });

    public CitizenPrivacy(CitizenNames names, NameSeal seal, Supplier<HallConfig> hall, Clock clock) {
        this.names = names;
        this.seal = seal;
        this.hall = hall;
        this.clock = clock;
    }

    /** Names in the store's database (in memory without one), purged now and every {@link #PURGE_EVERY}. */
    public static CitizenPrivacy start(HallStore store, NameSeal seal, Supplier<HallConfig> hall, Clock clock) {
        CitizenNames names = store.sql().<CitizenNames>map(SqlCitizenNames::new).orElseGet(MemoryCitizenNames::new);
        CitizenPrivacy privacy = new CitizenPrivacy(names, seal, hall, clock);
        privacy.thread.scheduleWithFixedDelay(privacy::purgeQuietly, 0, PURGE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return privacy;
    }

    public int keepNamesDays() {
        return hall.get().office().privacy().keepNamesDays();
    }

    /** Hands a real-name ticket's name over to be sealed and kept; returns at once. */
    public void keep(String ticketId, String name) {
        if (keepNamesDays() == 0 || name == null || name.isBlank()) {
            return;
        }
        Instant at = clock.instant();
        try {
            thread.execute(() -> {
                try {
                    names.keep(ticketId, seal.seal(ticketId, name.strip()), at);
                } catch (RuntimeException e) {
                    LOG.warn("the name of ticket {} was not kept: {}", ticketId, e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("citizen names stopped; the name of {} is not kept", ticketId);
        }
    }

    /** Purges every name kept longer than the hall keeps names now; returns how many. */
    public int purge() {
        Instant now = clock.instant();
        int purged = names.purgeKeptBefore(now.minus(Duration.ofDays(keepNamesDays())), now);
        if (purged > 0) {
            LOG.info("purged {} citizen name(s) kept longer than {} days", purged, keepNamesDays());
        }
        return purged;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("purging citizen names failed, trying again in {}: {}", PURGE_EVERY, e.getMessage());
        }
    }

    /** What the hub knows of a ticket's citizen name. */
    public sealed interface Name permits Known, Purged, NotKept {
    }

    /** The full name, and until when it is kept. */
    public record Known(String name, Instant keptUntil) implements Name {
    }

    public record Purged(Instant purgedAt) implements Name {
    }

    /** No name was ever kept for the ticket (none handed over, or the hall keeps none). */
    public record NotKept() implements Name {
    }

    /** The name of a ticket's citizen, opened, if it is still kept; a name kept too long counts as purged already. */
    public Name name(String ticketId) {
        Optional<KeptName> kept = names.find(ticketId);
        if (kept.isEmpty()) {
            return new NotKept();
        }
        KeptName k = kept.get();
        Instant until = k.keptAt().plus(Duration.ofDays(keepNamesDays()));
        if (k.purged()) {
            return new Purged(k.purgedAt());
        }
        if (!clock.instant().isBefore(until)) {
            return new Purged(until); // the timer has not come round yet; the name is not shown past its time
        }
        return new Known(seal.open(ticketId, k.sealed()), until);
    }

    /** Waits until the names handed over so far are kept (for tests and an orderly stop). */
    public void settle() throws InterruptedException {
        try {
            thread.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("citizen names did not settle: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
