package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.mqtt.HallNews;
import dev.hallq.hub.mqtt.HallViews;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.hub.testing.RecordingLink;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.ServiceBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' board is made once per stored batch, after the batch's other announcements, from the hall as the
 * batch left it; a batch that could not be stored announces nothing and does not stop the next batch's board.
 */
class BoardOncePerBatchTest {
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final FailingStore store = new FailingStore(new MemoryHallStore());
    private final QueueEngine engine = new QueueEngine(QueueEngineTest.HALL, store, clock);
    private final HallDesk desk = new HallDesk(engine);
    private final HallTopics topics = new HallTopics("H1");
    private final RecordingLink link = new RecordingLink();
    private final HallNews news = new HallNews(link, topics, new HallViews(engine), new LiveView(),
            new HubMetrics(), List.of(), desk::afterCommit, desk::lastly, desk::onFailure);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aBatchOfTicketsAndACallAnnouncesOneBoardAfterTheCallWithEveryTicketCounted() throws Exception {
        desk.execute(() -> {
            for (int i = 0; i < 3; i++) {
                issue();
                news.board();
            }
            try {
                StaffOutcome called = engine.act(1, dev.hallq.protocol.StaffAction.NEXT, null);
                news.window(called.desk());
                news.call(called.call(), called.ticket());
                news.board();
            } catch (Refusal r) {
                throw new AssertionError(r);
            }
        });
        desk.ask(() -> null, Duration.ofSeconds(5));
        assertThat(link.payloadsOn(topics.services())).hasSize(1);
        assertThat(waitingOnBoard("social")).as("three issued, one called").isEqualTo(2);
        assertThat(link.topics()).containsSubsequence(topics.windowState(1), topics.calls(), topics.services());
        assertThat(link.topics().get(link.topics().size() - 1)).isEqualTo(topics.services());
    }

    @Test
    void aBatchThatCouldNotBeStoredAnnouncesNoBoardAndTheNextBatchStillDoes() throws Exception {
        store.failNextCommit();
        desk.execute(() -> {
            issue();
            news.board();
        });
        desk.ask(() -> null, Duration.ofSeconds(5));
        assertThat(link.payloadsOn(topics.services())).as("nothing announced from a batch that was not stored").isEmpty();

        desk.execute(() -> {
            issue();
            news.board();
        });
        desk.ask(() -> null, Duration.ofSeconds(5));
        assertThat(link.payloadsOn(topics.services())).hasSize(1);
        assertThat(waitingOnBoard("social")).as("the failed batch's ticket was never issued").isEqualTo(1);
    }

    private void issue() {
        try {
            engine.issue("social", false, "K1");
        } catch (Refusal r) {
            throw new AssertionError(r);
        }
    }

    private int waitingOnBoard(String service) throws dev.hallq.protocol.BadPayload {
        ServiceBoard board = Json.read(lastBoard(), ServiceBoard.class);
        return board.services().stream().filter(s -> s.id().equals(service)).findFirst().orElseThrow().waiting();
    }

    private byte[] lastBoard() {
        List<byte[]> boards = link.payloadsOn(topics.services());
        return boards.get(boards.size() - 1);
    }
}
