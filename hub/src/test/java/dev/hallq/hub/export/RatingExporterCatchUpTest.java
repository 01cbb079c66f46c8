package dev.hallq.hub.export;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exporter reads the hall's event log: a rating stored before a crash is queued at the next start, once. */
class RatingExporterCatchUpTest {
    static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("social", "A", "社保", null)),
            List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳"))));
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private HallStore store;
    private QueueEngine engine;
    private ExportSettings settings;

    @BeforeEach
    void open() {
        store = JdbcHallStore.sqlite(dir.resolve("hall.db"));
        engine = new QueueEngine(HALL, store, clock);
        settings = ExportSettings.of(dir.resolve("export").toUri().toString(), null, "640104");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String visit(Citizen citizen, RatingLevel level) throws Refusal {
        engine.issue("social", false, "K1", citizen);
        String id = engine.act(1, StaffAction.NEXT, null).ticket().id();
        engine.act(1, StaffAction.FINISH, null);
        engine.rate(new RatingRecord(id, "r-" + id, 1, "E1", level, List.of(), null, clock.instant(), clock.instant()));
        engine.flush();
        return id;
    }

    private RatingExporter exporter(ExportOutbox outbox) {
        return new RatingExporter(store, () -> HALL, outbox, ExportTarget.of(settings), settings, clock);
    }

    @Test
    void ratingsLoggedAfterTheCursorAreQueuedInOrderAndOnlyOnce() throws Exception {
        ExportOutbox outbox = new SqlExportOutbox(store.sql().orElseThrow());
        outbox.cursor(0); // the hub stopped before it read these ratings
        String first = visit(null, RatingLevel.SATISFIED);
        String second = visit(new Citizen("11010519491231002X", "张三丰", LocalDate.parse("1949-12-31")),
                RatingLevel.VERY_DISSATISFIED);

        try (RatingExporter exporter = exporter(outbox)) {
            exporter.catchUp();
            exporter.catchUp();
        }

        assertThat(outbox.pending(10)).extracting(OutboxEntry::id)
                .containsExactly("rating:H1:" + first, "rating:H1:" + second);
        assertThat(outbox.find("rating:H1:" + second).orElseThrow().payload())
                .contains("\"rater\":\"张*丰\"", "\"provincial\":1", "\"ratedAt\":\"20261124T090000\"");
        assertThat(outbox.cursor()).hasValue(store.events(0, 1000).get(store.events(0, 1000).size() - 1).seq());

        outbox.cursor(0); // read the whole log again, as after a crash before the cursor moved
        try (RatingExporter exporter = exporter(outbox)) {
            exporter.catchUp();
        }
        assertThat(outbox.list(null, 10)).hasSize(2);
    }

    @Test
    void theFirstStartBeginsAtTheEndOfTheLog() throws Exception {
        visit(null, RatingLevel.SATISFIED);

        try (RatingExporter exporter = RatingExporter.start(store, () -> HALL, settings, clock)) {
            assertThat(exporter.counts()).containsEntry(OutboxEntry.State.PENDING, 0L);
            String later = visit(null, RatingLevel.BASICALLY_SATISFIED);
            exporter.catchUp();
            assertThat(exporter.list(null, 10)).extracting(OutboxEntry::id).containsExactly("rating:H1:" + later);
        }
    }
}
