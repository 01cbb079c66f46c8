package dev.hallq.hub.admin;

import dev.hallq.hub.config.ConfigConflict;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The hall office: which configuration the hall runs, and every change to it, stored as a numbered revision
 * with an audit line before the hall uses it.
 *
 * <p>At start-up the hall file (or the built-in demo) is compared with the newest stored revision by its
 * SHA-256: an unchanged file keeps the edits made over HTTP since; a changed file wins and becomes a new
 * revision (the edits it replaces stay in the history).
 */
public final class HallOffice {
    private static final Logger LOG = LoggerFactory.getLogger(HallOffice.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the hall starts with: the configuration and its revision. */
    public record Start(HallConfig hall, long revision, String fileHash) {
    }

    /** What a change tells the hall once it is stored: the new revision and the windows that are gone. */
    public record Applied(long revision, List<Integer> windowsGone) {
    }

    private final QueueEngine engine;
    private final HallDesk desk;
    private final Clock clock;
    private final String fileHash;
    private final Consumer<Applied> announce;
    private long revision;

    /**
     * @param announce runs on the desk thread once a change is stored: tell the devices (board, windows)
     */
    public HallOffice(QueueEngine engine, HallDesk desk, Clock clock, Start start, Consumer<Applied> announce) {
        this.engine = engine;
        this.desk = desk;
        this.clock = clock;
        this.fileHash = start.fileHash();
        this.revision = start.revision();
        this.announce = announce;
    }

    /** Chooses the configuration to start with and stores it as a revision when it comes from the file. */
    public static Start choose(HallStore store, byte[] fileText, String source, Clock clock) {
        String hash = HallConfigFile.hash(fileText);
        var latest = store.latestConfig();
        if (latest.isPresent() && hash.equals(latest.get().fileHash())) {
            try {
                HallConfig stored = HallConfigFile.parse(latest.get().document(), "stored revision " + latest.get().revision());
                LOG.info("hall configuration: revision {} ({} by {}), the hall file is unchanged",
                        latest.get().revision(), latest.get().source(), latest.get().savedBy());
                return new Start(stored, latest.get().revision(), hash);
            } catch (IllegalArgumentException e) {
                LOG.error("stored configuration revision {} cannot be read ({}); using the hall file",
                        latest.get().revision(), e.getMessage());
            }
        }
        HallConfig fromFile = HallConfigFile.parse(new String(fileText, java.nio.charset.StandardCharsets.UTF_8), source);
        long next = latest.map(r -> r.revision() + 1).orElse(1L);
        if (latest.isPresent()) {
            LOG.warn("the hall file {} changed since revision {}: it becomes revision {}", source,
                    latest.get().revision(), next);
        }
        String by = "file:" + source;
        store.commit(Change.admin(List.of(
                new ConfigRevision(next, HallConfigFile.toJson(fromFile), "file", hash, clock.instant(), by),
                new AuditEntry(clock.instant(), by, "CONFIG_IMPORTED", "hall", "revision " + next))));
        return new Start(fromFile, next, hash);
    }

    public long revision() {
        return revision;
    }

    /**
     * Applies a new configuration: stored (revision + audit line) and taken by the queue in one step, then
     * announced. Waits until it is stored.
     *
     * @throws ConfigConflict when the running hall cannot take it (nothing changed)
     */
    public Applied apply(HallConfig next, String actor, String target) throws ConfigConflict {
        CompletableFuture<Applied> done = new CompletableFuture<>();
        desk.execute(() -> {
            HallConfig before = engine.hall();
            long number = revision + 1;
            List<AdminRecord> records = new ArrayList<>();
            records.add(new ConfigRevision(number, HallConfigFile.toJson(next), "api", fileHash, clock.instant(), actor));
            records.add(new AuditEntry(clock.instant(), actor, "CONFIG_CHANGED", target, "revision " + number));
            try {
                List<Integer> gone = engine.reconfigure(next, records);
                revision = number;
                Applied applied = new Applied(number, gone);
                announce.accept(applied);
                desk.afterCommit(() -> done.complete(applied));
                desk.onFailure(() -> {
                    revision = number - 1;
                    engine.revertTo(before);
                    done.completeExceptionally(new IllegalStateException("the hall database failed: nothing changed"));
                });
            } catch (ConfigConflict c) {
                done.completeExceptionally(c);
            }
        });
        try {
            return done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigConflict c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the hub is busy: the change was not confirmed within " + WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stores office records (accounts, audit lines) and waits until they are durable. */
    public void keep(List<AdminRecord> records) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        desk.execute(() -> {
            engine.file(records);
            desk.afterCommit(() -> done.complete(null));
            desk.onFailure(() -> done.completeExceptionally(new IllegalStateException("the hall database failed")));
        });
        try {
            done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the hub is busy: not confirmed within " + WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
