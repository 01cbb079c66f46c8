package dev.hallq.hub.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export record: GB/T 39046 table 9 fields, both level codings, masked rater, the hall's own time zone. */
class RatingExportShapeTest {
    static final HallConfig HALL = new HallConfig("county-hall", "县政务服务中心", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("estate", "B", "不动产登记", null, true)),
            List.of(new WindowConfig(3, null, List.of("estate"), new StaffConfig("0101", "王芳"))));
    static final Ticket SERVED = Ticket.issued(LocalDate.parse("2026-11-24"), "estate", "B012", 12, false, "K1",
                    Instant.parse("2026-11-24T01:00:00Z")).called(3, "0101", Instant.parse("2026-11-24T01:10:00Z"))
            .ended(TicketState.FINISHED, Instant.parse("2026-11-24T01:25:00Z"));
    private final RatingExports shapes = new RatingExports(ExportSettings.of("file:/tmp/x/", null, "640104"));

    static RatingRecord rating(RatingLevel level, List<String> reasons, String comment) {
        return new RatingRecord(SERVED.id(), "r-1", 3, "E3", level, reasons, comment,
                Instant.parse("2026-11-24T01:30:15Z"), Instant.parse("2026-11-24T01:30:16Z"));
    }

    @ParameterizedTest
    @CsvSource({"VERY_SATISFIED, 非常满意, 1, 5, false", "SATISFIED, 满意, 2, 4, false",
            "BASICALLY_SATISFIED, 基本满意, 3, 3, false", "DISSATISFIED, 不满意, 4, 2, true",
            "VERY_DISSATISFIED, 非常不满意, 5, 1, true"})
    void everyLevelCarriesBothCodings(RatingLevel level, String name, int gbt, int provincial, boolean bad) throws Exception {
        JsonNode record = Json.mapper().readTree(Json.writeString(
                shapes.of(HALL, rating(level, List.of(), null), SERVED, Optional.empty())));

        JsonNode s = record.path("satisfaction");
        assertThat(s.path("level").asText()).isEqualTo(name);
        assertThat(s.path("key").asText()).isEqualTo(level.name());
        assertThat(s.path("gbt39046").asInt()).isEqualTo(gbt);
        assertThat(s.path("provincial").asInt()).isEqualTo(provincial);
        assertThat(s.path("bad").asBoolean()).isEqualTo(bad);
    }

    @Test
    void theRecordHasTheTable9FieldsInTheHallsZone() throws Exception {
        String json = Json.writeString(shapes.of(HALL, rating(RatingLevel.DISSATISFIED, List.of("等候时间长", "态度差"),
                " 窗口人太少 "), SERVED, Optional.empty()));
        JsonNode r = Json.mapper().readTree(json);

        assertThat(json).startsWith("{\"id\":\"rating:county-hall:20261124-B012\",");
        assertThat(r.path("schema").asInt()).isEqualTo(1);
        assertThat(r.path("caseNo").asText()).isEqualTo("20261124-B012");
        assertThat(r.path("channel").path("code").asInt()).isEqualTo(4);
        assertThat(r.path("channel").path("name").asText()).isEqualTo("政务大厅平板电脑");
        assertThat(r.path("rater").asText()).isEqualTo("匿名");
        assertThat(r.path("realName").asBoolean()).isFalse();
        assertThat(r.path("ratedAt").asText()).isEqualTo("20261124T093015"); // 01:30:15Z is 09:30:15 in Shanghai
        assertThat(r.path("ratingCount").asInt()).isEqualTo(1);
        assertThat(r.path("text").asText()).isEqualTo("窗口人太少；原因：等候时间长、态度差");
        assertThat(r.path("comment").asText()).isEqualTo("窗口人太少");
        assertThat(r.path("areaCode").asText()).isEqualTo("640104");
        assertThat(r.path("hallId").asText()).isEqualTo("county-hall");
        assertThat(r.path("window").asInt()).isEqualTo(3);
        assertThat(r.path("staffNo").asText()).isEqualTo("0101");
        assertThat(r.path("serviceId").asText()).isEqualTo("estate");
        assertThat(r.path("serviceName").asText()).isEqualTo("不动产登记");
    }

    @Test
    void aRealNameTicketShowsOnlyTheMaskedName() {
        CitizenMark mark = new CitizenMark(SERVED.id(), "hmac", "110***********002X", "张*丰");
        String json = Json.writeString(new RatingExports(ExportSettings.of("file:/tmp/x/", null, "640104").withChannel(5))
                .of(HALL, rating(RatingLevel.SATISFIED, List.of(), null), SERVED, Optional.of(mark)));

        assertThat(json).contains("\"rater\":\"张*丰\"", "\"realName\":true", "\"code\":5", "政务大厅其他终端")
                .doesNotContain("hmac", "002X", "\"comment\"");
    }

    @Test
    void settingsRefuseABadAreaCodeOrTarget() {
        assertThatThrownBy(() -> ExportSettings.of("file:/tmp/x/", null, "6401"))
                .hasMessageContaining("6-digit area code");
        assertThatThrownBy(() -> ExportSettings.of("ftp://x/", null, "640104")).hasMessageContaining("--rating-export");
        assertThatThrownBy(() -> ExportSettings.of("file:export/", null, "640104")).hasMessageContaining("absolute path");
        assertThat(ExportSettings.of("https://p.example/api", "s3cret", "640104").toString()).doesNotContain("s3cret");
    }
}
