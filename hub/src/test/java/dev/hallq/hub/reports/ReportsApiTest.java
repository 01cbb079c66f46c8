package dev.hallq.hub.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.RatingLevel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reports over HTTP on the demo hall: who may read them, the JSON, CSV and XLSX answers, and bad parameters. */
class ReportsApiTest {
    private static final LocalDate OCT_8 = LocalDate.parse("2026-10-08");
    @TempDir
    Path dir;
    private Hub hub;
    private HubClient admin;

    @BeforeEach
    void startHubOnAHistory() {
        Path db = dir.resolve("hall.db");
        try (JdbcHallStore store = JdbcHallStore.sqlite(db)) {
            HallHistory history = new HallHistory(store);
            history.served(OCT_8, "social-security", "A", LocalTime.of(9, 0), 1, "0101", 300, 600, RatingLevel.VERY_SATISFIED);
            history.served(OCT_8, "social-security", "A", LocalTime.of(9, 5), 2, "0102", 600, 900, RatingLevel.DISSATISFIED);
            history.served(OCT_8, "real-estate", "B", LocalTime.of(10, 0), 3, "0201", 120, 1200, null);
            history.missed(OCT_8, "real-estate", "B", LocalTime.of(10, 30), 3, "0201", 60);
            history.served(OCT_8.minusMonths(1), "real-estate", "B", LocalTime.of(10, 0), 3, "0201", 120, 1200, null);
            history.served(OCT_8.minusYears(1), "business", "C", LocalTime.of(10, 0), 4, "0202", 120, 1200, null);
        }
        Clock clock = Clock.fixed(OCT_8.plusDays(30).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("UTC"));
        hub = Hub.start(HubSettings.forTest(db), clock);
        await().until(hub::connected);
        admin = HubClient.admin(hub);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void managersAndDutyManagersReadReportsStaffAreRefusedAndStrangersAskedToLogIn() throws Exception {
        String path = "/api/reports/summary?from=2026-10-01&to=2026-10-31";
        assertThat(admin.get(path).statusCode()).isEqualTo(200);
        assertThat(admin.newAccount(hub, "manager", "MANAGER", null).get(path).statusCode()).isEqualTo(200);
        assertThat(admin.newAccount(hub, "duty", "DUTY_MANAGER", null).get(path).statusCode()).isEqualTo(200);
        HttpResponse<String> staff = admin.newAccount(hub, "wang", "STAFF", "0101").get(path);
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(json(staff).path("error").asText()).isEqualTo("FORBIDDEN");
        for (String p : new String[]{path, "/api/reports/monthly?month=2026-10", "/api/reports/rankings?of=staff",
                "/api/reports/series/monthly-tickets"}) {
            HttpResponse<String> stranger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + hub.httpPort() + p)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stranger.statusCode()).as(p).isEqualTo(401);
        }
    }

    @Test
    void aMonthsSummaryByDepartmentWithItsYearBeforeAndMonthBefore() {
        JsonNode body = json(admin.get("/api/reports/summary?from=2026-10-01&to=2026-10-31&by=department"));
        JsonNode hall = body.path("hall");
        assertThat(hall.path("issued").asLong()).isEqualTo(4);
        assertThat(hall.path("served").asLong()).isEqualTo(3);
        assertThat(hall.path("missed").asLong()).isEqualTo(1);
        assertThat(hall.path("rated").asLong()).isEqualTo(2);
        assertThat(hall.path("ratingRate").asDouble()).isEqualTo(0.6667);
        assertThat(hall.path("satisfaction").asDouble()).isEqualTo(0.5);
        assertThat(hall.path("badRatings").asLong()).isEqualTo(1);
        assertThat(hall.path("waitAvgSeconds").asDouble()).isEqualTo(270.0);
        assertThat(hall.path("rectificationRate").asDouble())
                .as("the hub's case book opened a case for the bad rating at start; none rectified yet").isEqualTo(0.0);
        JsonNode rows = body.path("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("key").asText()).isEqualTo("人力资源和社会保障局");
        assertThat(rows.get(0).path("served").asLong()).isEqualTo(2);
        assertThat(rows.get(1).path("key").asText()).isEqualTo(Dimension.NO_DEPARTMENT);
        assertThat(rows.get(1).path("issued").asLong()).isEqualTo(2);
        assertThat(body.path("yearOnYear").path("period").path("from").asText()).isEqualTo("2025-10-01");
        assertThat(body.path("yearOnYear").path("hall").path("served").asLong()).isEqualTo(1);
        assertThat(body.path("yearOnYear").path("growth").path("served").asDouble()).isEqualTo(2.0);
        assertThat(body.path("previousPeriod").path("period").path("to").asText()).isEqualTo("2026-09-30");
        assertThat(body.path("previousPeriod").path("hall").path("issued").asLong()).isEqualTo(1);
    }

    @Test
    void theShortcutsAndTheSeriesAndRankings() {
        assertThat(json(admin.get("/api/reports/summary?period=day&date=2026-10-08")).path("hall").path("issued").asLong())
                .isEqualTo(4);
        JsonNode year = json(admin.get("/api/reports/summary?period=year&date=2026&by=window"));
        assertThat(year.path("hall").path("served").asLong()).isEqualTo(4);
        assertThat(year.path("rows")).extracting(r -> r.path("key").asText()).containsExactly("1", "2", "3");
        assertThat(year.path("rows").get(2).path("name").asText()).isEqualTo("3号窗口");
        JsonNode months = json(admin.get("/api/reports/series/monthly-tickets?month=2026-10"));
        assertThat(months.path("points")).hasSize(12);
        assertThat(months.path("points").get(11).path("month").asText()).isEqualTo("2026-10");
        assertThat(months.path("points").get(11).path("issued").asLong()).isEqualTo(4);
        assertThat(months.path("points").get(10).path("served").asLong()).isEqualTo(1);
        JsonNode ranked = json(admin.get("/api/reports/rankings?of=window&from=2026-10-01&to=2026-10-31&minServed=1"));
        assertThat(ranked.path("rows")).hasSize(3);
        assertThat(ranked.path("rows").get(0).path("rank").asInt()).isEqualTo(1);
        JsonNode monthly = json(admin.get("/api/reports/monthly?month=2026-10"));
        assertThat(monthly.path("totals").path("issued").asLong()).isEqualTo(4);
        assertThat(monthly.path("series").path("wait-by-hour").path("points")).hasSize(2);
        assertThat(monthly.path("cases").path("badRatings").asLong()).isEqualTo(1);
        assertThat(monthly.path("rankings").path("staff").path("minServed").asInt()).isEqualTo(Rankings.DEFAULT_MIN_SERVED);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertBad("/api/reports/summary?from=2026-13-01&to=2026-10-31", "from");
        assertBad("/api/reports/summary?from=2026-10-01&to=yesterday", "to");
        assertBad("/api/reports/summary?from=2026-10-31&to=2026-10-01", "from");
        assertBad("/api/reports/summary?from=2023-01-01&to=2026-01-01", "366");
        assertBad("/api/reports/summary?from=2026-10-01", "to");
        assertBad("/api/reports/summary?from=2026-10-01&to=2026-10-31&by=township", "by");
        assertBad("/api/reports/summary?period=week&date=2026-10-01", "period");
        assertBad("/api/reports/summary?period=month&date=2026-1", "date");
        assertBad("/api/reports/summary?from=2026-10-01&to=2026-10-31&format=pdf", "format");
        assertBad("/api/reports/series/pie?month=2026-10", "name");
        assertBad("/api/reports/rankings?of=desk", "of");
        assertBad("/api/reports/rankings?of=staff&minServed=-1", "minServed");
        assertBad("/api/reports/monthly?month=October", "month");
        assertBad("/api/reports/monthly?month=2026-10&format=csv&table=pie", "table");
    }

    private void assertBad(String path, String named) {
        HttpResponse<String> res = admin.get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(400);
        assertThat(json(res).path("error").asText()).isEqualTo("BAD_REQUEST");
        assertThat(json(res).path("message").asText()).as(path).contains(named);
    }

    @Test
    void csvCarriesAByteOrderMarkAndChineseHeaders() {
        HttpResponse<byte[]> res = admin.getBytes("/api/reports/summary?from=2026-10-01&to=2026-10-31&by=staff&format=csv");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        byte[] body = res.body();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("工号,工作人员,取号量,办结量,过号量");
        assertThat(lines).hasSize(1 + 3 + 1);
        assertThat(lines[1]).startsWith("0101,王芳,1,1,0,");
        assertThat(lines[4]).startsWith("合计,合计,4,3,1,");
        assertThat(lines[4]).contains(",66.67%,");
    }

    @Test
    void aMonthlyCsvCarriesTheTableAskedForAndRankingsComeAsCsvToo() {
        HttpResponse<byte[]> months = admin.getBytes("/api/reports/monthly?month=2026-10&format=csv&table=monthly-tickets");
        String[] lines = new String(months.body(), 3, months.body().length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("月份,取号量,办结量,过号量");
        assertThat(lines).hasSize(13);
        assertThat(lines[12]).isEqualTo("2026-10,4,3,1");
        assertThat(lines[11]).isEqualTo("2026-09,1,1,0");
        HttpResponse<byte[]> ranked = admin.getBytes("/api/reports/rankings?of=staff&period=month&date=2026-10&minServed=1"
                + "&format=csv");
        String[] rows = new String(ranked.body(), 3, ranked.body().length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows[0]).isEqualTo("名次,工号,姓名,综合得分,办结量,满意度,评价率,平均办理时长(秒),差评量");
        assertThat(rows[1]).startsWith("1,0101,王芳,100.0,1,100.00%,100.00%,600.0,0");
        assertThat(rows).hasSize(4);
        assertThat(ranked.headers().firstValue("Content-Disposition")).get().asString().contains("rankings-staff.csv");
    }

    @Test
    void xlsxOpensInPoiWithASheetPerTableOfTheMonthlyReport() throws Exception {
        HttpResponse<byte[]> res = admin.getBytes("/api/reports/monthly?month=2026-10&format=xlsx");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).get().asString().contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(9);
            Sheet totals = book.getSheet("总体情况");
            assertThat(totals.getRow(0).getCell(2).getStringCellValue()).isEqualTo("取号量");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("本期");
            assertThat(totals.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4.0);
            Sheet departments = book.getSheet("各部门");
            Row first = departments.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("人力资源和社会保障局");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(book.getSheet("图1 月度取号量与办结量").getLastRowNum()).isEqualTo(12);
        }
        HttpResponse<byte[]> summary = admin.getBytes("/api/reports/summary?period=month&date=2026-10&by=service&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("事项");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("社保医保");
        }
    }
}
