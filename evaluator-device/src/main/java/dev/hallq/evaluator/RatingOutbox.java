package dev.hallq.evaluator;

import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.RatingSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Store and forward for ratings (好差评 never vanish): a rating is written to the pad's own disk before it is
 * sent, and removed only when the hub has answered it (done, or refused for good). Until then it is sent again
 * at every reconnect and while it stays unanswered, under its own request id: the hub keeps one rating per
 * ticket, so a resend is harmless and a rating is counted exactly once.
 *
 * <p>One file per rating ({@code <requestId>.json}), written to a temporary name, forced to the disk and then
 * renamed, so a power cut leaves the old state or the new one, never half a rating. Without a folder (tests,
 * the demo) the outbox is in memory: it outlives a broker or hub outage, not a restart of the pad.
 */
final class RatingOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(RatingOutbox.class);

    private final Path dir;
    private final Map<String, RatingSubmission> pending = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /** @param dir the folder that keeps undelivered ratings, or null to keep them in memory only */
    RatingOutbox(Path dir) {
        this.dir = dir;
        if (dir != null) {
            load();
        }
    }

    private void load() {
        try {
            Files.createDirectories(dir);
            List<RatingSubmission> found = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : files) {
                    try {
                        found.add(Json.read(Files.readAllBytes(f), RatingSubmission.class));
                    } catch (BadPayload e) {
                        Path aside = f.resolveSibling(f.getFileName() + ".unreadable");
                        Files.move(f, aside, StandardCopyOption.REPLACE_EXISTING);
                        LOG.error("rating file {} cannot be read ({}); kept as {} for a person to look at", f,
                                e.getMessage(), aside);
                    }
                }
            }
            found.sort(Comparator.comparing(RatingSubmission::ratedAt));
            found.forEach(r -> pending.put(r.requestId(), r));
            if (!found.isEmpty()) {
                LOG.info("{} rating(s) from before the restart wait to be delivered", found.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the pad's rating outbox " + dir + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Keeps the rating durably before it is sent. */
    void keep(RatingSubmission rating) {
        if (dir != null) {
            Path file = dir.resolve(rating.requestId() + ".json");
            Path temp = dir.resolve(rating.requestId() + ".json.tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(Json.write(rating)));
                out.force(true);
            } catch (IOException e) {
                LOG.error("rating {} could not be written to the outbox ({}); it is kept in memory only",
                        rating.requestId(), e.getMessage());
                pending.put(rating.requestId(), rating);
                return;
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.error("rating {} could not be moved into the outbox ({})", rating.requestId(), e.getMessage());
            }
        }
        pending.put(rating.requestId(), rating);
    }

    boolean holds(String requestId) {
        return requestId != null && pending.containsKey(requestId);
    }

    /** The hub has answered this rating for good: it leaves the outbox. */
    void delivered(String requestId) {
        if (pending.remove(requestId) != null && dir != null) {
            try {
                Files.deleteIfExists(dir.resolve(requestId + ".json"));
            } catch (IOException e) {
                LOG.warn("delivered rating {} could not be removed from the outbox ({}); the hub will see it once "
                        + "more and keep one", requestId, e.getMessage());
            }
        }
    }

    /** Ratings still to be delivered, oldest first. */
    List<RatingSubmission> pending() {
        synchronized (pending) {
            return List.copyOf(pending.values());
        }
    }
}
