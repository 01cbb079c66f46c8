package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hall's administrator in a real Chromium: creates the first admin, logs in, adds a service through the
 * form, is told in Chinese why a bad one is refused, sets a holiday, and revokes a kiosk the hub has heard of,
 * whose next ticket request is then refused. Screenshots go to target/screenshots.
 */
class AdminInARealBrowserTest {
    private static final String PASSWORD = HubFirstAdmin.PASSWORD;

    @TempDir
    Path dir;
    private Hub hub;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private MqttProbe kiosk;
    private final HallTopics topics = new HallTopics("H1");

    @BeforeEach
    void openHubAndBrowser() throws IOException {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        chromium = HeadlessChromium.open(dir, 1280, 1000);
        browser = chromium.driver();
        wait = chromium.waitUpTo();
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void anAdminAddsAServiceSetsAHolidayAndRevokesAKioskByClicking() throws Exception {
        kiosk = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K7/down/#");
        kiosk.publish(topics.device("K7", Topic.DEVICE_STATUS), new DeviceStatus("K7", DeviceKind.KIOSK, DeviceState.ONLINE,
                null, "0.1.0", null, null, Map.of(), Instant.now()));

        createFirstAdminAndLogIn();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#services-list tr[data-key='social-security']")));
        assertThat(browser.findElement(By.cssSelector("nav.tabs button[data-tab='accounts']")).isDisplayed()).isTrue();
        shot("admin-services");

        // a refusal of the hall's checks is shown next to the form, in Chinese, with the server's reason
        WebElement form = browser.findElement(By.id("services-form"));
        type(form, "id", "housing-fund");
        type(form, "prefix", "A");
        type(form, "name", "公积金");
        form.findElement(By.cssSelector("button.primary")).click();
        WebElement message = form.findElement(By.cssSelector(".message"));
        wait.until(ExpectedConditions.textToBePresentInElement(message, "输入有误"));
        assertThat(message.getText()).contains("prefix 'A' is used twice");
        shot("admin-service-refused");

        form.findElement(By.name("prefix")).clear();
        type(form, "prefix", "H");
        type(form, "department", "公积金中心");
        type(form, "dailyCap", "80");
        type(form, "guide.timeLimit", "即时办结");
        type(form, "guide.materials", "居民身份证原件\n公积金联名卡");
        form.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#services-list tr[data-key='housing-fund']")));
        assertThat(message.getText()).startsWith("已保存");
        shot("admin-service-added");

        JsonNode housing = null;
        for (JsonNode s : get("/api/services")) {
            if (s.path("id").asText().equals("housing-fund")) {
                housing = s;
            }
        }
        assertThat(housing).as("housing-fund in GET /api/services").isNotNull();
        assertThat(housing.path("prefix").asText()).isEqualTo("H");
        assertThat(housing.path("dailyCap").asInt()).isEqualTo(80);
        assertThat(housing.path("guide").path("materials").get(1).asText()).isEqualTo("公积金联名卡");

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='calendar']")).click();
        WebElement calendar = browser.findElement(By.id("calendar-form"));
        WebElement date = calendar.findElement(By.cssSelector("[data-date-input='holidays']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-10-01'", date);
        calendar.findElement(By.cssSelector("[data-add-date='holidays']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-dates='holidays'] [data-date='2026-10-01']")));
        calendar.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(calendar.findElement(By.cssSelector(".message")), "已保存"));
        shot("admin-calendar");
        assertThat(hub.hall().calendar().holidays()).containsExactly(java.time.LocalDate.parse("2026-10-01"));

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='devices']")).click();
        By k7 = By.cssSelector("#devices-list tr[data-device='K7']");
        wait.until(ExpectedConditions.presenceOfElementLocated(k7));
        assertThat(browser.findElement(k7).findElement(By.cssSelector(".registration")).getText()).isEqualTo("未登记");
        browser.findElement(k7).findElement(By.cssSelector("[data-revoke='K7']")).click();
        WebElement revoke = browser.findElement(By.id("revoke-form"));
        assertThat(revoke.findElement(By.name("id")).getAttribute("value")).isEqualTo("K7");
        type(revoke, "reason", "设备丢失");
        revoke.findElement(By.cssSelector("button.danger")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#devices-list tr[data-device='K7'] .registration"), "已停用"));
        assertThat(browser.findElement(k7).getAttribute("class")).contains("revoked");
        assertThat(browser.findElement(k7).getText()).contains("设备丢失");
        shot("admin-device-revoked");
        kiosk.publish(topics.device("K7", Topic.DEVICE_STATUS), new DeviceStatus("K7", DeviceKind.KIOSK, DeviceState.OFFLINE,
                "connection lost", "0.1.0", null, null, Map.of(), Instant.now()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#devices-list tr[data-device='K7'] .state-OFFLINE"), "离线"));

        kiosk.publish(topics.device("K7", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "housing-fund", null, false));
        Reply refused = kiosk.awaitMessage(topics.device("K7", Topic.REPLY), Reply.class, r -> "r-1".equals(r.requestId()));
        assertThat(refused.error()).isEqualTo(ErrorCode.DEVICE_REVOKED);

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='audit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-list"), "DEVICE_REVOKED"));
        assertThat(browser.findElement(By.id("audit-list")).getText()).contains("services/housing-fund", "calendar", "device/K7");
        shot("admin-audit");
    }

    @Test
    void anAdminMakesAccountsAManagerEditsWindowsStaffPinsAndRulesAndADutyManagerOnlyLooks() throws Exception {
        createFirstAdminAndLogIn();
        browser.findElement(By.cssSelector("nav.tabs button[data-tab='accounts']")).click();
        WebElement accounts = browser.findElement(By.id("account-form"));
        for (String[] account : new String[][]{{"li", "MANAGER"}, {"zhao", "DUTY_MANAGER"}}) {
            type(accounts, "username", account[0]);
            new org.openqa.selenium.support.ui.Select(accounts.findElement(By.name("role"))).selectByValue(account[1]);
            type(accounts, "password", PASSWORD);
            accounts.findElement(By.cssSelector("button.primary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='" + account[0] + "']")));
        }
        assertThat(browser.findElement(By.cssSelector("tr[data-account='zhao']")).getText()).contains("值班长");
        shot("admin-accounts");
        logOutAndLogIn("li");
        assertThat(browser.findElement(By.cssSelector("nav.tabs button[data-tab='accounts']")).isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='staff']")).click();
        WebElement staff = browser.findElement(By.id("staff-form"));
        type(staff, "staffNo", "0905");
        type(staff, "name", "孙悦");
        staff.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#staff-list tr[data-key='0905']")));
        WebElement pin = browser.findElement(By.id("pin-form"));
        new org.openqa.selenium.support.ui.Select(pin.findElement(By.name("staffNo"))).selectByValue("0905");
        type(pin, "pin", "2468");
        pin.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff-list tr[data-key='0905']"), "已设置"));
        shot("admin-staff-pin");
        assertThat(hub.hall().staffMember("0905").orElseThrow().pinHash()).startsWith("$2");
        assertThat(get("/api/staff").toString()).doesNotContain("$2").contains("\"pinSet\":true");

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='windows']")).click();
        browser.findElement(By.cssSelector("#windows-list [data-edit='2']")).click();
        WebElement window = browser.findElement(By.id("windows-form"));
        assertThat(window.findElement(By.name("number")).getAttribute("readonly")).isNotNull();
        new org.openqa.selenium.support.ui.Select(window.findElement(By.name("backup"))).selectByValue("0905");
        window.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#windows-list tr[data-key='2']"), "孙悦"));
        assertThat(hub.hall().window(2).orElseThrow().backup().staffNo()).isEqualTo("0905");
        assertThat(hub.hall().window(2).orElseThrow().staff().staffNo()).isEqualTo("0102");

        browser.findElement(By.cssSelector("nav.tabs button[data-tab='office']")).click();
        WebElement office = browser.findElement(By.id("office-form"));
        office.findElement(By.name("alerts.waitMinutes")).clear();
        type(office, "alerts.waitMinutes", "20");
        office.findElement(By.cssSelector("button.primary")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(office.findElement(By.cssSelector(".message")), "已保存"));
        assertThat(hub.hall().office().alerts().waitMinutes()).isEqualTo(20);
        assertThat(hub.hall().office().ranking().satisfaction()).isEqualTo(40);

        browser.findElement(By.cssSelector("button.lang-toggle")).click();
        browser.findElement(By.cssSelector("nav.tabs button[data-tab='policy']")).click();
        WebElement policy = browser.findElement(By.id("policy-form"));
        policy.findElement(By.name("maxCalls")).clear();
        type(policy, "maxCalls", "0");
        policy.findElement(By.cssSelector("button.primary")).click();
        WebElement refused = policy.findElement(By.cssSelector(".message"));
        wait.until(ExpectedConditions.textToBePresentInElement(refused, "Invalid input"));
        assertThat(refused.getText()).contains("policy.maxCalls must be at least 1");
        shot("admin-policy-refused-en");
        assertThat(hub.hall().policy().maxCalls()).isEqualTo(3);
        browser.findElement(By.cssSelector("button.lang-toggle")).click();

        logOutAndLogIn("zhao");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("readonly");
        assertThat(browser.findElement(By.id("services-form")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("nav.tabs button[data-tab='audit']")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("nav.tabs button[data-tab='devices']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-policy"), "未登记的设备也可使用"));
        shot("admin-duty-manager");
    }

    private void createFirstAdminAndLogIn() {
        browser.get(hub.url() + "setup.html#" + hub.setupToken().orElseThrow());
        type(By.id("password"), PASSWORD);
        type(By.id("again"), PASSWORD);
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.urlContains("/login.html"));

        browser.get(hub.url() + "admin.html");
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        logIn(HubFirstAdmin.USERNAME);
    }

    private void logOutAndLogIn(String username) {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        logIn(username);
    }

    private void logIn(String username) {
        HubFirstAdmin.logIn(browser, wait, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#services-list tr[data-key='social-security']")));
    }

    private void type(By field, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(field)).sendKeys(text);
    }

    private static void type(WebElement form, String name, String text) {
        form.findElement(By.name(name)).sendKeys(text);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.url()
                + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(res.body());
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
