package dev.hallq.hub.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bad ratings sent by pads over MQTT open cases in a real hub, and a restart finds any case the database lost. */
class CasesFromRatingsTest {
    @TempDir
    Path dir;
    private Hub hub;

    @BeforeEach
    void startHub() {
        hub = start();
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void badRatingsOpenOneCaseEachAssignedToTheServicesDepartmentAndGoodOnesNone() {
        HubClient admin = HubClient.admin(hub);
        try (HallPlayer hall = new HallPlayer(hub.brokerUri())) {
            String bad = hall.serveAndRate("social-security", 1, RatingLevel.VERY_DISSATISFIED, "等了一个小时");
            hall.serveAndRate("social-security", 1, RatingLevel.SATISFIED, null);
            String alsoBad = hall.serveAndRate("real-estate", 3, RatingLevel.DISSATISFIED, null);

            JsonNode list = await().until(() -> HubClient.json(admin.get("/api/cases")), l -> l.size() == 2);
            JsonNode first = list.get(1);
            assertThat(first.path("ticketId").asText()).isEqualTo(bad);
            assertThat(first.path("ticketNumber").asText()).isEqualTo("A001");
            assertThat(first.path("department").asText()).isEqualTo("人力资源和社会保障局");
            assertThat(first.path("serviceName").asText()).isEqualTo("社保医保");
            assertThat(first.path("staffNo").asText()).isEqualTo("0101");
            assertThat(first.path("staffName").asText()).isEqualTo("王芳");
            assertThat(first.path("window").asInt()).isEqualTo(1);
            assertThat(first.path("level").asText()).isEqualTo("VERY_DISSATISFIED");
            assertThat(first.path("comment").asText()).isEqualTo("等了一个小时");
            assertThat(first.path("reasons").get(0).asText()).isEqualTo("态度差");
            assertThat(first.path("state").asText()).isEqualTo("OPEN");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(first.path("deadline").asText())
                    .isEqualTo(WorkingDays.after(hub.hall().calendar(), today, 5).toString());
            assertThat(first.path("overdue").asBoolean()).isFalse();
            assertThat(list.get(0).path("ticketId").asText()).isEqualTo(alsoBad);
            assertThat(list.get(0).has("department")).isFalse(); // 不动产登记 names no department in the demo hall
        }
    }

    @Test
    void aCaseLostFromTheDatabaseIsOpenedAgainAtTheNextStart() throws SQLException {
        HubClient admin = HubClient.admin(hub);
        String lost;
        try (HallPlayer hall = new HallPlayer(hub.brokerUri())) {
            lost = hall.serveAndRate("social-security", 1, RatingLevel.DISSATISFIED, "lost one");
            hall.serveAndRate("social-security", 2, RatingLevel.VERY_DISSATISFIED, "kept one");
        }
        await().until(() -> HubClient.json(admin.get("/api/cases")).size() == 2);
        hub.close();
        hub = null;
        // as if the hub had died between storing the rating and storing its case: the cursor is past the rating
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hall.db"))) {
            assertThat(execute(db, "DELETE FROM rating_case_history WHERE case_id IN "
                    + "(SELECT id FROM rating_cases WHERE ticket_id = ?)", lost)).isEqualTo(1);
            assertThat(execute(db, "DELETE FROM rating_cases WHERE ticket_id = ?", lost)).isEqualTo(1);
        }

        hub = start();
        HubClient again = new HubClient(hub);
        again.logIn("admin", HubClient.ADMIN_PASSWORD);
        JsonNode list = await().until(() -> HubClient.json(again.get("/api/cases")), l -> l.size() == 2);
        JsonNode reopened = list.get(0);
        assertThat(reopened.path("ticketId").asText()).isEqualTo(lost);
        assertThat(reopened.path("comment").asText()).isEqualTo("lost one");
        JsonNode history = HubClient.json(again.get("/api/cases/" + reopened.path("id").asLong())).path("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("notes").asText()).contains("start-up check");
        assertThat(history.get(0).path("detail").asText()).isEqualTo("FROM_STARTUP_CHECK");
    }

    @Test
    void aRestartWithTheCursorBehindReadsTheLogAgainWithoutDuplicates() throws SQLException {
        HubClient admin = HubClient.admin(hub);
        String lost;
        try (HallPlayer hall = new HallPlayer(hub.brokerUri())) {
            hall.serveAndRate("social-security", 1, RatingLevel.DISSATISFIED, "kept");
            lost = hall.serveAndRate("residence", 2, RatingLevel.DISSATISFIED, "lost");
        }
        await().until(() -> HubClient.json(admin.get("/api/cases")).size() == 2);
        hub.close();
        hub = null;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hall.db"))) {
            execute(db, "DELETE FROM rating_case_history WHERE case_id IN (SELECT id FROM rating_cases WHERE ticket_id = ?)",
                    lost);
            execute(db, "DELETE FROM rating_cases WHERE ticket_id = ?", lost);
            assertThat(execute(db, "UPDATE rating_case_cursor SET last_event_seq = ?", "0")).isEqualTo(1);
        }

        hub = start();
        HubClient again = new HubClient(hub);
        again.logIn("admin", HubClient.ADMIN_PASSWORD);
        JsonNode list = await().until(() -> HubClient.json(again.get("/api/cases")), l -> l.size() >= 2);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("ticketId").asText()).isEqualTo(lost);
        JsonNode history = HubClient.json(again.get("/api/cases/" + list.get(0).path("id").asLong())).path("history");
        assertThat(history.get(0).path("notes").asText()).isEqualTo("opened from the rating");
        assertThat(history.get(0).path("detail").asText()).isEqualTo("FROM_RATING");
    }

    private Hub start() {
        Hub h = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(h::connected);
        return h;
    }

    private static int execute(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (sql.contains("last_event_seq = ?")) {
                s.setLong(1, Long.parseLong(param));
            } else {
                s.setString(1, param);
            }
            return s.executeUpdate();
        }
    }
}
