package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The report pages and the printed bulletin over HTTP, on a hub whose database holds a seeded month. */
class ReportPagesHttpTest {
    @TempDir
    Path dir;
    private Hub hub;
    private HubClient admin;

    @BeforeEach
    void startHubOnASeededMonth() {
        SeededMonth.writeInto(dir.resolve("hall.db"));
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        admin = HubClient.admin(hub);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void pagesSendStrangersToTheLogInPageAndBack() {
        HubClient stranger = new HubClient(hub);
        HttpResponse<String> res = stranger.get("/monthly.html?month=2026-03");
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location")).hasValue("/login.html?next=%2Fmonthly.html%3Fmonth%3D2026-03");
        assertThat(stranger.get("/reports.html").statusCode()).isEqualTo(302);

        HttpResponse<String> page = admin.get("/reports.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("统计报表", "/webjars/echarts/echarts.min.js");
        assertThat(admin.get("/monthly.html").body()).contains("月度运行分析通报");
    }

    @Test
    void echartsComesFromItsWebJar() {
        HttpResponse<String> res = new HubClient(hub).get("/webjars/echarts/echarts.min.js");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(res.body()).contains("echarts").hasSizeGreaterThan(500_000);
    }

    @Test
    void theBulletinArticleTellsTheMonthInChineseProse() {
        HttpResponse<String> res = admin.get("/api/reports/monthly.html?month=2026-03");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("示范区政务服务中心2026年3月政务服务运行分析通报", "共取号42个", "办结各类政务服务事项40件",
                "过号2个", "评价29条", "满意度96.55%", "差评1条", "人力资源和社会保障局办结30件，占75%",
                "data-series=\"monthly-tickets\"");
    }

    @Test
    void thePdfCarriesTheMonthsChineseFigures() throws Exception {
        HttpResponse<byte[]> res = admin.getBytes("/api/reports/monthly.pdf?month=2026-03");
        assertThat(res.statusCode()).as(new String(res.body())).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Files.write(Path.of("target", "bulletin-2026-03.pdf"), res.body());
        try (PDDocument pdf = Loader.loadPDF(res.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("示范区政务服务中心2026年3月政务服务运行分析通报", "共取号42个",
                    "办结各类政务服务事项40件", "评价29条", "评价率72.5%", "满意度96.55%", "差评1条", "人力资源和社会保障局",
                    "红旗窗口", "服务之星");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("示范区政务服务中心2026年3月政务服务运行分析通报");
        }
    }

    @Test
    void aMonthWithoutTicketsStillPrintsAndSaysSo() throws Exception {
        HttpResponse<byte[]> res = admin.getBytes("/api/reports/monthly.pdf?month=2025-01");
        assertThat(res.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(res.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("2025年1月政务服务运行分析通报", "共取号0个", "上年同期无办件，不作同比",
                    "本月无部门办件", "本月无取号记录", "本月无差评");
        }
    }

    @Test
    void aBadOrMissingMonthIsRefusedWith400() {
        for (String q : new String[]{"?month=2026-13", "?month=march", ""}) {
            HttpResponse<byte[]> res = admin.getBytes("/api/reports/monthly.pdf" + q);
            assertThat(res.statusCode()).as(q).isEqualTo(400);
            JsonNode body = HubClient.json(admin.get("/api/reports/monthly.pdf" + q));
            assertThat(body.path("error").asText()).isEqualTo("BAD_REQUEST");
            assertThat(body.path("message").asText()).contains("month");
        }
        assertThat(admin.get("/api/reports/monthly.html?month=2026-3").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyManagersReadTheBulletin() {
        assertThat(new HubClient(hub).getBytes("/api/reports/monthly.pdf?month=2026-03").statusCode()).isEqualTo(401);
        HubClient staff = admin.newAccount(hub, "wangfang", "STAFF", "0101");
        assertThat(staff.getBytes("/api/reports/monthly.pdf?month=2026-03").statusCode()).isEqualTo(403);
        assertThat(staff.get("/api/reports/monthly.html?month=2026-03").statusCode()).isEqualTo(403);
        HubClient duty = admin.newAccount(hub, "duty", "DUTY_MANAGER", null);
        assertThat(duty.getBytes("/api/reports/monthly.pdf?month=2026-03").statusCode()).isEqualTo(200);
    }
}
