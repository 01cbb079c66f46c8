package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.demo.VirtualHall;
import dev.hallq.demo.VirtualHallSettings;
import dev.hallq.kiosk.CitizenCard;
import dev.hallq.kiosk.SimulatedIdCardReader;
import dev.hallq.printer.PrintedTicket;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Citizens at the kiosk's touch page in a real Chromium (portrait 1080×1920), in the virtual hall reconfigured
 * over the hub's HTTP API into a bigger hall: departments, a real-name service, a bookable service with a guide,
 * a service with a daily cap of one. A simulated ID card lies on kiosk K1's reader where a test says so.
 * Screenshots of every main screen go to target/screenshots/kiosk-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskInARealBrowserTest {
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final CitizenCard ZHANG = card("张三丰", "11010519850615", LocalDate.of(1985, 6, 15));
    private static final CitizenCard LI = card("李秀英", "32010219480302", LocalDate.of(1948, 3, 2));
    private static final Dimension PORTRAIT = new Dimension(1080, 1920);
    private static final Dimension LANDSCAPE = new Dimension(1920, 1080);

    /** The demo hall grown to 11 services in 9 departments, so the kiosk shows departments first. */
    private static final String HALL = """
            hall: {id: H1, name: 示范区政务服务中心, zone: Asia/Shanghai}
            services:
              - id: social-security
                prefix: A
                name: 社保医保
                nameEn: Social security & medical insurance
                department: 人力资源和社会保障局
                guide: {basis: 《社会保险法》第五十八条, timeLimit: 即时办结, materials: [居民身份证原件, 户口簿（首次参保）],
                        steps: [取号, 窗口受理, 核验材料, 办结], phone: "0552-1234567"}
              - {id: employment, prefix: F, name: 就业创业, nameEn: Employment, department: 人力资源和社会保障局}
              - id: residence
                prefix: D
                name: 户籍证照
                nameEn: Residence & ID documents
                department: 公安局
                realName: true
                guide: {basis: 《居民身份证法》, timeLimit: 20个工作日, materials: [居民身份证或户口簿, 近期免冠照片],
                        steps: [刷身份证取号, 窗口采集, 缴费, 领取回执], phone: "0552-110"}
              - {id: exit-entry, prefix: E, name: 出入境证件, nameEn: Exit & entry permits, department: 公安局, realName: true}
              - id: real-estate
                prefix: B
                name: 不动产登记
                nameEn: Real estate registration
                department: 自然资源和规划局
                appointments: true
                guide: {basis: 《不动产登记暂行条例》第二十条, timeLimit: 5个工作日,
                        materials: [不动产登记申请书, 申请人身份证明, 不动产权属证书, 买卖合同],
                        steps: [预约或取号, 窗口受理, 缴纳税费, 领证], phone: "0552-7654321"}
              - {id: business, prefix: C, name: 企业开办, nameEn: Business registration, department: 市场监督管理局}
              - {id: food-licence, prefix: G, name: 食品经营许可, nameEn: Food business licence, department: 市场监督管理局}
              - {id: tax, prefix: H, name: 税务综合, nameEn: Taxes, department: 税务局}
              - {id: housing-fund, prefix: J, name: 公积金提取, nameEn: Housing fund withdrawal, department: 住房公积金管理中心, dailyCap: 1}
              - {id: medical, prefix: K, name: 医保报销, nameEn: Medical expenses, department: 医疗保障局}
              - {id: consult, prefix: Z, name: 综合咨询, nameEn: General enquiries}
            bundles:
              - {id: open-restaurant, prefix: Y, name: 我要开餐馆, nameEn: Open a restaurant, services: [business, real-estate]}
            windows:
              - {number: 1, services: [social-security, employment, medical], staff: {staffNo: "0101", name: 王芳}, backup: {staffNo: "0901", name: 周丽}}
              - {number: 2, services: [residence, exit-entry, social-security], staff: {staffNo: "0102", name: 李强}}
              - {number: 3, services: [real-estate, housing-fund], staff: {staffNo: "0201", name: 张伟}, backup: {staffNo: "0902", name: 吴刚}}
              - {number: 4, services: [real-estate, business, food-licence], staff: {staffNo: "0202", name: 刘洋}}
              - {number: 5, services: [business, residence, tax], staff: {staffNo: "0301", name: 陈静}}
              - {number: 6, name: 6号综合窗口, services: [residence, business, real-estate, social-security, consult], staff: {staffNo: "0401", name: 赵敏}}
            staff:
              - {staffNo: "0903", name: 郑洁}
            calendar: {weekdays: "00:00-24:00", weekends: "00:00-24:00", stopIssuingMinutes: 0, dayEnd: EXPIRE}
            """;

    private VirtualHall hall;
    private HubAdmin admin;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openHallAndBrowser(@TempDir Path dir) throws Exception {
        hall = VirtualHall.start(VirtualHallSettings.fast(dir.resolve("hall.db")).withoutSimulation(), Clock.systemUTC());
        admin = HubAdmin.setUp(hall);
        assertThat(admin.put("/api/config", HALL).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> hall.kiosks().get("K1").services().size() == 12
                && hall.kiosks().get("K2").services().size() == 12 && hall.kiosks().get("K1").guides() != null
                && hall.kiosks().get("K1").guides().guides().size() == 3);
        chromium = HeadlessChromium.open(dir, 1920, 1920, "--hide-scrollbars");
        browser = chromium.driver();
        wait = chromium.waitUpTo(Duration.ofSeconds(15), Duration.ofMillis(100));
        viewport(PORTRAIT);
    }

    @AfterEach
    void takeTheCardAway() throws Exception {
        hall.reader("K1").remove();
        awaitTheKioskSeesNoCard("K1");
        viewport(PORTRAIT);
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void aCitizenWithAnIdCardTakesARealNameTicketByTouchAndThePrinterPrintsItsQrCode() throws Exception {
        open("K1", "");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-dept='公安局']")));
        assertThat(browser.findElements(By.cssSelector("#start-list [data-service]"))).isEmpty();
        shot("kiosk-departments");
        viewport(LANDSCAPE);
        shot("kiosk-departments-landscape");
        viewport(PORTRAIT);

        click("[data-dept='公安局']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dept [data-service='residence']")));
        assertThat(text("#dept-title")).isEqualTo("公安局");
        assertThat(browser.findElements(By.cssSelector("#dept [data-service]"))).hasSize(2);
        shot("kiosk-services");

        click("#dept [data-service='residence']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "请将身份证放在读卡区"));
        assertThat(text("#card-service")).contains("户籍证照");
        shot("kiosk-card-prompt");

        hall.reader("K1").insert(ZHANG);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("busy-hello"), "您好，张*丰"));
        shot("kiosk-greeting");
        wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "D001"));
        assertThat(text("#result-title")).isEqualTo("取号成功");
        assertThat(text("#ticket-service")).isEqualTo("户籍证照");
        assertThat(text("#ticket-ahead")).contains("您前面还有0人");
        assertThat(text("#ticket-notice")).isEqualTo("请取走号票，留意叫号");
        assertThat(text("#take-card")).isEqualTo("请取回您的身份证");
        shot("kiosk-result");

        JsonNode ticket = ticket("D001");
        String myTicketUrl = hall.hub().url() + "t/" + ticket.path("id").asText();
        assertThat(onScreenQr()).isEqualTo(myTicketUrl);
        PrintedTicket printed = await().until(() -> hall.printers().get("P1").printed().stream()
                .filter(p -> p.ticketNumber().equals("D001")).findFirst(), Optional::isPresent).orElseThrow();
        byte[] paper = getBytes(hall.printers().get("P1").pageUrl() + "tickets/" + printed.jobId() + ".png");
        Files.write(HeadlessChromium.SHOTS.resolve("kiosk-printed-ticket.png"), paper);
        assertThat(qrIn(paper)).isEqualTo(myTicketUrl);

        click("#result [data-action='home']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hello"), "您好，张*丰"));
        click("[data-dept='公安局']");
        click("#dept [data-service='residence']");
        wait.until(ExpectedConditions.textToBe(By.id("result-title"), "您已取过该事项的号，已为您补打"));
        assertThat(text("#ticket-number")).isEqualTo("D001");
    }

    @Test
    void anElderlyCitizensCardTurnsOnLargeTextWithServicesDirectlyAndTheirTicketHasPriority() throws Exception {
        open("K1", "");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-dept]")));
        assertThat(browser.findElement(By.id("elderly-toggle")).getAttribute("aria-pressed")).isEqualTo("false");

        hall.reader("K1").insert(LI);
        wait.until(ExpectedConditions.attributeToBe(By.id("elderly-toggle"), "aria-pressed", "true"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elderly");
        assertThat(browser.findElements(By.cssSelector("[data-dept]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#start-list [data-service]"))).hasSize(12);
        assertThat(text("#hello")).contains("您好，李*英");
        shot("kiosk-elderly");

        click("#start-list [data-service='medical']");
        wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "K001"));
        assertThat(ticket("K001").path("priority").asBoolean()).isTrue();

        click("#result [data-action='home']");
        click("[data-action='elderly']");
        wait.until(ExpectedConditions.attributeToBe(By.id("elderly-toggle"), "aria-pressed", "false"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("elderly");
        assertThat(browser.findElements(By.cssSelector("[data-dept]"))).isNotEmpty();
    }

    @Test
    void aCitizenFindsAServiceByItsPinyinInitialsReadsItsGuideInChineseAndEnglish() throws Exception {
        open("K1", "");
        click("[data-action='search']");
        click("[data-key='B']");
        click("[data-key='D']");
        click("[data-key='C']");
        wait.until(ExpectedConditions.textToBe(By.id("typed"), "BDC"));
        assertThat(browser.findElements(By.cssSelector("#search-results [data-service]")))
                .extracting(e -> e.getAttribute("data-service")).containsExactly("real-estate");
        assertThat(text("#match-count")).isEqualTo("找到 1 项");
        shot("kiosk-search");

        click("#search-results [data-guide='real-estate']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"), "不动产权属证书"));
        assertThat(text("#detail-body")).contains("一次性告知", "办理依据", "《不动产登记暂行条例》第二十条", "5个工作日",
                "0552-7654321", "所需材料", "办理流程", "手机扫码查看办事指南");
        WebElement qr = browser.findElement(By.id("guide-qr"));
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        assertThat(qrIn(getBytes(qr.getAttribute("src")))).isEqualTo(hall.hub().url() + "guide/real-estate");
        shot("kiosk-guide");

        click(".lang-toggle");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"), "Real estate registration"));
        assertThat(text("#detail-body")).contains("What you need to know", "Materials to bring", "Take a ticket");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        shot("kiosk-guide-en");
        click("#nav [data-action='back']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#search .screen-title"), "initials"));
        click("#nav [data-action='home']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#start .prompt"), "Please choose a department first"));
        assertThat(text("[data-dept='*bundles']")).contains("One-stop services");
        shot("kiosk-departments-en");
        click("[data-action='search']");
        click("[data-key='R']");
        click("[data-key='E']");
        click("[data-key='R']");
        assertThat(browser.findElements(By.cssSelector("#search-results [data-service]")))
                .extracting(e -> e.getAttribute("data-service")).containsExactly("real-estate");
        click("#search-results [data-guide='real-estate']");
        click(".lang-toggle");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"), "所需材料"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

        click("#detail [data-action='take']");
        wait.until(ExpectedConditions.textMatches(By.id("ticket-number"), java.util.regex.Pattern.compile("B\\d{3}")));
        assertThat(text("#ticket-service")).isEqualTo("不动产登记");
    }

    @Test
    void aCitizenPrintsAServicesGuideAtTheKioskAndItsPrinterPrintsItWithTheGuidesQrCode() throws Exception {
        open("K2", "");
        click("[data-action='search']");
        for (String key : List.of("S", "B", "Y", "B")) {
            click("[data-key='" + key + "']");
        }
        click("#search-results [data-guide='social-security']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"), "居民身份证原件"));

        click("#detail [data-action='printGuide']");
        wait.until(ExpectedConditions.textToBe(By.id("guide-print-note"), "指南已打印，请取走"));
        shot("kiosk-guide-printed");
        PrintedTicket guide = await().until(() -> hall.printers().get("P2").printed().stream()
                .filter(p -> p.ticketId() == null && p.ticketNumber().equals("指南·社保医保")).findFirst(),
                Optional::isPresent).orElseThrow();
        byte[] paper = getBytes(hall.printers().get("P2").pageUrl() + "tickets/" + guide.jobId() + ".png");
        Files.write(HeadlessChromium.SHOTS.resolve("kiosk-printed-guide.png"), paper);
        assertThat(qrIn(paper)).isEqualTo(hall.hub().url() + "guide/social-security");
    }

    @Test
    void whenTheCardIsNotReadOrTheCapIsReachedOrTheBookingIsUnknownTheScreenSaysWhatToDo() throws Exception {
        open("K1", "?cardSeconds=3");
        click("[data-dept='公安局']");
        click("#dept [data-service='exit-entry']");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "未读到身份证"));
        assertThat(text("#error-actions")).contains("重新读卡", "返回首页").doesNotContain("不带身份证取号");
        shot("kiosk-failure-card");
        click("[data-action='cardAgain']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "请将身份证放在读卡区"));
        click("[data-action='cancel']");

        click("#nav [data-action='home']");
        click("[data-dept='住房公积金管理中心']");
        click("#dept [data-service='housing-fund']");
        wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "J001"));
        click("#result [data-action='home']");
        click("[data-dept='住房公积金管理中心']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#dept [data-service='housing-fund']"), "今日号已取完"));
        click("#dept [data-service='housing-fund']");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "排队号已取完"));
        assertThat(text("#error-message")).isEqualTo("「公积金提取」今日排队号已取完");
        shot("kiosk-failure-cap");

        click("#error [data-action='home']");
        scan("ZZ99ZZ99");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "未找到您今天的预约"));
        shot("kiosk-failure-booking");
    }

    @Test
    void aCardLiftedMidReadOrABrokenReaderIsSaidAtOnceNotAfterTheWait() throws Exception {
        open("K1", "?cardSeconds=60");
        click("[data-dept='公安局']");
        click("#dept [data-service='exit-entry']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "请将身份证放在读卡区"));
        hall.reader("K1").insertUnreadable("READ_FAILED");
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "身份证未能读取成功"));
        assertThat(text("#error-actions")).contains("重新读卡");
        shot("kiosk-failure-unreadable");
        click("#error [data-action='home']");

        hall.reader("K1").fail(dev.hallq.kiosk.ReaderState.NO_SAM);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader-notice")));
            click("[data-dept='公安局']");
            click("#dept [data-service='exit-entry']");
            wait.until(ExpectedConditions.textToBe(By.id("error-title"), "读卡器暂时无法使用"));
            assertThat(text("#error-hint")).contains("咨询台");
            shot("kiosk-failure-reader");
            click("#error [data-action='home']");
        } finally {
            hall.reader("K1").fail(dev.hallq.kiosk.ReaderState.OK);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reader-notice")));
    }

    @Test
    void bookedCitizensCheckInByScanningTheirBookingCodeOrByLayingTheirCard() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(HALL_ZONE);
        LocalTime slot = LocalTime.of(now.getHour(), now.getMinute() / 30 * 30).plusMinutes(30);
        assumeTrue(slot.isAfter(now.toLocalTime()), "the next booking slot is tomorrow: too close to midnight");
        String zhangsCode = book(ZHANG, "张三丰", now.toLocalDate(), slot);
        String lisCode = book(LI, "李秀英", now.toLocalDate(), slot);

        open("K1", "");
        click("#start [data-action='checkin']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#checkin-services [data-service='real-estate']")));
        shot("kiosk-checkin");
        scan(zhangsCode);
        wait.until(ExpectedConditions.textToBe(By.id("result-title"), "预约签到成功"));
        assertThat(text("#ticket-number")).startsWith("B");
        assertThat(text("#ticket-service")).isEqualTo("不动产登记");
        assertThat(appointment(zhangsCode).path("state").asText()).isEqualTo("CHECKED_IN");

        click("#result [data-action='home']");
        click("#start [data-action='checkin']");
        hall.reader("K1").insert(LI);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-hello"), "您好，李*英"));
        click("#checkin-services [data-service='real-estate']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-hello"), "已为您自动签到"));
        assertThat(appointment(lisCode).path("state").asText()).isEqualTo("CHECKED_IN");
        assertThat(appointment(lisCode).path("ticketId").asText()).endsWith(text("#ticket-number"));
    }

    @Test
    void whenThePrinterRunsOutOfPaperTheNumberAndABigQrCodeStayOnTheScreen() throws Exception {
        open("K2", "");
        hall.paper("P2").setPaperOut(true);
        try {
            click("[data-dept='市场监督管理局']");
            click("#dept [data-service='food-licence']");
            wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "G001"));
            wait.until(ExpectedConditions.textToBe(By.id("ticket-notice"), "打印机缺纸，请拍照或扫码记下您的号码"));
            assertThat(browser.findElement(By.id("ticket-qr")).getAttribute("class")).contains("big");

            click("#result [data-action='home']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("printer-notice"), "打印机缺纸"));
            click("[data-dept='市场监督管理局']");
            click("#dept [data-service='food-licence']");
            wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "G002"));
            assertThat(text("#ticket-notice")).isEqualTo("打印机缺纸，请拍照或扫码记下您的号码");
            assertThat(onScreenQr()).isEqualTo(hall.hub().url() + "t/" + ticket("G002").path("id").asText());
            shot("kiosk-result-unprinted");
            viewport(LANDSCAPE);
            shot("kiosk-result-unprinted-landscape");
        } finally {
            hall.paper("P2").setPaperOut(false);
        }
    }

    @Test
    void aKioskTheHallOfficeRevokedSaysItIsOutOfServiceAndServesAgainOnceRestored() throws Exception {
        HttpResponse<String> revoked = admin.post("/api/devices/K2/revoke", "{\"reason\":\"送修 sent for repair\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        try {
            open("K2", "");
            click("[data-dept='税务局']");
            click("#dept [data-service='tax']");
            wait.until(ExpectedConditions.textToBe(By.id("error-title"), "本机暂停取号"));
            assertThat(text("#error-message")).isEqualTo("本取号机已停用，请到其他取号机取号或咨询导办台");
            assertThat(text("#error-code")).contains("DEVICE_REVOKED");
            shot("kiosk-failure-revoked");
        } finally {
            HttpResponse<String> restored = admin.post("/api/devices/K2/restore", "{}");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        click("#error [data-action='home']");
        click("[data-dept='税务局']");
        click("#dept [data-service='tax']");
        wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "H001"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void open(String kiosk, String query) {
        browser.get(hall.kiosks().get(kiosk).pageUrl() + query);
        wait.until(ExpectedConditions.textToBe(By.id("hall-name"), "示范区政务服务中心"));
    }

    /** The touch screen's size exactly, whatever the headless window's own size. */
    private void viewport(Dimension screen) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", screen.getWidth(), "height", screen.getHeight(), "deviceScaleFactor", 1, "mobile", false));
    }

    /** Listens to the kiosk page's own event stream until it says no card lies on the reader. */
    private void awaitTheKioskSeesNoCard(String kiosk) throws Exception {
        HttpRequest events = HttpRequest.newBuilder(URI.create(hall.kiosks().get(kiosk).pageUrl() + "events"))
                .header("Accept", "text/event-stream").build();
        java.util.concurrent.CompletableFuture<Boolean> gone = HttpClient.newHttpClient()
                .sendAsync(events, HttpResponse.BodyHandlers.ofLines()).thenApply(res -> {
                    try (java.util.stream.Stream<String> lines = res.body()) {
                        return lines.anyMatch(l -> l.contains("\"type\":\"card\"") && l.contains("\"present\":false"));
                    }
                });
        assertThat(gone.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private String book(CitizenCard card, String name, LocalDate day, LocalTime slot) throws Exception {
        HttpResponse<String> booked = admin.post("/api/appointments", "{\"serviceId\":\"real-estate\",\"date\":\"" + day
                + "\",\"slot\":\"" + slot + "\",\"citizen\":{\"idNumber\":\"" + card.idNumber() + "\",\"name\":\"" + name
                + "\",\"birthDate\":\"" + card.birthDate() + "\"}}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return Json.mapper().readTree(booked.body()).path("code").asText();
    }

    private JsonNode appointment(String code) throws Exception {
        for (JsonNode a : Json.mapper().readTree(admin.get("/api/appointments").body())) {
            if (a.path("code").asText().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no appointment " + code);
    }

    private void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** What a USB QR scanner does: types the code fast, then Enter, with no field focused. */
    private void scan(String code) {
        new Actions(browser).sendKeys(code + Keys.ENTER).perform();
    }

    /** The address in the ticket's QR code on the screen, from the image's own request. */
    private String onScreenQr() throws Exception {
        String src = browser.findElement(By.id("ticket-qr-img")).getAttribute("src");
        String text = URLDecoder.decode(src.substring(src.indexOf("text=") + 5), StandardCharsets.UTF_8);
        assertThat(qrIn(getBytes(src))).isEqualTo(text);
        return text;
    }

    private JsonNode ticket(String number) throws Exception {
        JsonNode rows = Json.mapper().readTree(new String(getBytes(hall.hub().url() + "api/tickets"), StandardCharsets.UTF_8));
        for (JsonNode row : rows) {
            if (row.path("number").asText().equals(number)) {
                return row;
            }
        }
        throw new AssertionError("the hub issued no ticket " + number + ": " + rows);
    }

    private static byte[] getBytes(String url) throws Exception {
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).as(url).isEqualTo(200);
        return res.body();
    }

    private static String qrIn(byte[] png) throws IOException {
        return InkProbe.decodeQr(ImageIO.read(new ByteArrayInputStream(png)))
                .orElseThrow(() -> new AssertionError("no QR code in the image")).getText();
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }

    private static CitizenCard card(String name, String first17, LocalDate born) {
        return new CitizenCard(name, Citizen.withCheckDigit(first17 + "123"), born);
    }

    /** The hub's first admin, logged in over the API: changes the hall and books, as a manager would. */
    private static final class HubAdmin {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;
        private String csrf;

        private HubAdmin(String base) {
            this.base = base;
        }

        static HubAdmin setUp(VirtualHall hall) throws Exception {
            HubAdmin admin = new HubAdmin("http://127.0.0.1:" + hall.hub().httpPort());
            HubFirstAdmin.create(hall.hub());
            HttpResponse<String> in = admin.post("/api/login", "{\"username\":\"admin\",\"password\":\""
                    + HubFirstAdmin.PASSWORD + "\"}");
            assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
            admin.csrf = Json.mapper().readTree(in.body()).path("csrfToken").asText();
            return admin;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> put(String path, String body) throws Exception {
            return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
            return csrf == null ? b : b.header("X-CSRF-Token", csrf);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
