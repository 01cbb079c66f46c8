package dev.hallq.evaluator;

import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RatingOutboxTest {
    @TempDir
    Path dir;

    @Test
    void aKeptRatingIsReadBackAfterARestartUntilItIsDelivered() {
        RatingOutbox outbox = new RatingOutbox(dir);
        outbox.keep(rating("r-2", "2026-11-24T02:05:00Z"));
        outbox.keep(rating("r-1", "2026-11-24T02:00:00Z"));

        RatingOutbox afterRestart = new RatingOutbox(dir);
        assertThat(afterRestart.pending()).extracting(RatingSubmission::requestId).containsExactly("r-1", "r-2");
        afterRestart.delivered("r-1");
        assertThat(new RatingOutbox(dir).pending()).extracting(RatingSubmission::requestId).containsExactly("r-2");
    }

    @Test
    void anUnreadableFileIsSetAsideForAPersonAndTheRestAreKept() throws Exception {
        new RatingOutbox(dir).keep(rating("r-1", "2026-11-24T02:00:00Z"));
        Files.writeString(dir.resolve("broken.json"), "{\"half\":");

        RatingOutbox outbox = new RatingOutbox(dir);

        assertThat(outbox.pending()).extracting(RatingSubmission::requestId).containsExactly("r-1");
        assertThat(dir.resolve("broken.json.unreadable")).exists();
        assertThat(dir.resolve("broken.json")).doesNotExist();
    }

    @Test
    void withoutAFolderRatingsWaitInMemory() {
        RatingOutbox outbox = new RatingOutbox(null);
        outbox.keep(rating("r-1", "2026-11-24T02:00:00Z"));
        assertThat(outbox.holds("r-1")).isTrue();
        outbox.delivered("r-1");
        assertThat(outbox.pending()).isEmpty();
    }

    private static RatingSubmission rating(String id, String at) {
        return new RatingSubmission(id, "hall/H1/dev/E3/down/reply", "20261124-A001", 3, RatingLevel.SATISFIED,
                List.of(), null, Instant.parse(at));
    }
}
