package dev.hallq.it;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.Stores;
import dev.hallq.protocol.RatingLevel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manager reads March 2026 of the demo hall in a real Chromium: logs in, sees the figures, the four ECharts charts
 * and the rankings, downloads the workbook, and opens the printable bulletin. Screenshots go to target/screenshots.
 * The month: 社保医保 (人力资源和社会保障局) 30 served at window 1, 29 rated, 1 差评; 不动产登记 10 served, 2 missed.
 */
class ReportsInARealBrowserTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Hub hub;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void seedStartAndOpenBrowser() throws Exception {
        seedMarch2026(dir.resolve("hall.db"));
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        HubFirstAdmin.create(hub);
        chromium = HeadlessChromium.open(dir, 1400, 1000);
        browser = chromium.driver();
        wait = chromium.waitUpTo(Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aManagerLogsInReadsTheMonthsFiguresChartsAndWorkbook() throws Exception {
        HubFirstAdmin.openAndLogIn(browser, wait,
                base() + "/reports.html?kind=month&from=2026-03-01&to=2026-03-31&by=department");
        loaded("2026-03-01/2026-03-31/department");

        String social = "tr[data-key='人力资源和社会保障局'] ";
        assertThat(cell(social, "served")).isEqualTo("30");
        assertThat(cell(social, "rated")).isEqualTo("29");
        assertThat(cell(social, "satisfaction")).isEqualTo("96.55%");
        assertThat(cell(social, "badRatings")).isEqualTo("1");
        assertThat(cell("tr.total ", "issued")).isEqualTo("42");
        assertThat(cell("tr.total ", "served")).isEqualTo("40");
        assertThat(cell("tr.total ", "missed")).isEqualTo("2");
        shot("reports-table");

        browser.findElement(By.cssSelector(".tabs [data-tab='charts']")).click();
        for (String chart : List.of("chart-monthly", "chart-share", "chart-hours", "chart-satisfaction")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        List<Object> served = (List<Object>) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-monthly')).getOption().series[1].data");
        assertThat(served).hasSize(12);
        assertThat(((Number) served.get(11)).longValue()).isEqualTo(40);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> share = (List<Map<String, Object>>) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-share')).getOption().series[0].data");
        assertThat(share).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo("人力资源和社会保障局");
            assertThat(((Number) p.get("value")).longValue()).isEqualTo(30);
        });
        shot("reports-charts");

        browser.findElement(By.cssSelector(".tabs [data-tab='rankings']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rank-staff"), "王芳"));
        shot("reports-rankings");
        browser.findElement(By.cssSelector(".lang-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#rank-staff thead"), "Score"));
        assertThat(browser.findElement(By.cssSelector("header h1")).getText()).isEqualTo("Reports");
        browser.findElement(By.cssSelector(".lang-toggle")).click();

        String xlsx = browser.findElement(By.id("xlsx")).getAttribute("href");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(xlsx))
                .header("Cookie", "hallq_session=" + browser.manage().getCookieNamed("hallq_session").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        Files.write(HeadlessChromium.SHOTS.resolve("reports-2026-03.xlsx"), file.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            List<String> rowWithSocial = rowContaining(book.getSheetAt(0), "人力资源和社会保障局");
            assertThat(rowWithSocial).contains("30", "29");
        }

        browser.get(base() + "/monthly.html?month=2026-03");
        loaded("2026-03");
        assertThat(browser.findElement(By.id("report")).getText()).contains("共取号42个", "办结各类政务服务事项40件", "差评1条");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-series='monthly-tickets'] canvas")));
        shot("monthly-bulletin");
    }

    /** Waits for the page (whichever is current, across the log-in redirect) to say it has shown {@code what}. */
    private void loaded(String what) {
        wait.until(d -> what.equals(((JavascriptExecutor) d).executeScript(
                "return document.body ? document.body.dataset.loaded || '' : ''")));
    }

    private String cell(String row, String column) {
        return browser.findElement(By.cssSelector("#figures " + row + "td[data-col='" + column + "']")).getText();
    }

    private static List<String> rowContaining(Sheet sheet, String text) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                cells.add(f.formatCellValue(c));
            }
            if (cells.contains(text)) {
                return cells;
            }
        }
        throw new AssertionError("no row with " + text + " in sheet " + sheet.getSheetName());
    }

    private String base() {
        return "http://127.0.0.1:" + hub.httpPort();
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }

    /** March 2026 as the class comment tells it, written into the database before the hub opens it. */
    private static void seedMarch2026(Path database) {
        HallStore store = Stores.open(database.toString());
        try {
            List<Ticket> tickets = new ArrayList<>();
            List<RatingRecord> ratings = new ArrayList<>();
            LocalDate monday = LocalDate.of(2026, 3, 2);
            int sequence = 0;
            for (int i = 0; i < 30; i++) {
                LocalDate d = monday.plusDays(i % 5);
                ZonedDateTime at = d.atTime(LocalTime.of(9, 0).plusMinutes(10L * (i / 5))).atZone(ZONE);
                Ticket t = Ticket.issued(d, "social-security", Ticket.numberFor("A", ++sequence), sequence, false, "K1",
                        at.toInstant()).called(1, "0101", at.plusMinutes(10).toInstant())
                        .ended(TicketState.FINISHED, at.plusMinutes(16).toInstant());
                tickets.add(t);
                if (i < 29) {
                    ratings.add(new RatingRecord(t.id(), "r" + i, 1, "pad-1", i == 0 ? RatingLevel.DISSATISFIED
                            : RatingLevel.SATISFIED, List.of(), null, t.finishedAt().plusSeconds(20), t.finishedAt().plusSeconds(21)));
                }
            }
            for (int i = 0; i < 12; i++) {
                LocalDate d = monday.plusDays(i % 5);
                ZonedDateTime at = d.atTime(LocalTime.of(14, 0).plusMinutes(10L * (i / 5))).atZone(ZONE);
                Ticket t = Ticket.issued(d, "real-estate", Ticket.numberFor("B", ++sequence), sequence, false, "K1",
                        at.toInstant()).called(3, "0201", at.plusMinutes(20).toInstant());
                tickets.add(t.ended(i < 10 ? TicketState.FINISHED : TicketState.MISSED, at.plusMinutes(i < 10 ? 35 : 25).toInstant()));
            }
            store.commit(new Change(tickets, List.of(), List.of(), List.of(), ratings, List.of()));
        } finally {
            store.close();
        }
    }
}
