package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hall manager's dashboard in a real Chromium: log in, watch a window paused from its pad (over MQTT) turn up by
 * push, acknowledge the printer's paper alert by clicking and see who acknowledged it. Screenshots go to
 * target/screenshots.
 */
class DashboardInARealBrowserTest {
    private final HallTopics topics = new HallTopics("H1");
    @TempDir
    Path dir;
    private Hub hub;
    private MqttProbe pad;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openHubAndBrowser() throws Exception {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        pad = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        pad.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
        HubFirstAdmin.create(hub);

        chromium = HeadlessChromium.open(dir, 1400, 1000);
        browser = chromium.driver();
        wait = chromium.waitUpTo();
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (pad != null) {
            pad.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aManagerLogsInSeesAPadsCallAndPauseLiveAndAcknowledgesAnAlert() throws Exception {
        pad.publish(topics.device("P1", Topic.DEVICE_STATUS), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER,
                DeviceState.DEGRADED, "printer: PAPER_OUT", "0.1.0", null, null, Map.of("paper", "OUT"), Instant.now()));

        HubFirstAdmin.openAndLogIn(browser, wait, hub.url() + "dashboard.html");
        wait.until(ExpectedConditions.urlContains("dashboard.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-window='1'][data-phase='IDLE']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.open[data-kind='PAPER_OUT'] button.ack")));
        assertThat(browser.findElement(By.cssSelector("tr[data-device='P1']")).getText()).contains("paper=OUT");
        shot("dashboard-start");

        pad.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("t-1", null, "social-security", null,
                false));
        assertThat(pad.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "t-1".equals(r.requestId())).ok())
                .isTrue();
        pad.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-0", null, 1, StaffAction.NEXT, null));
        assertThat(pad.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-0".equals(r.requestId())).ok())
                .isTrue();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-window='1'][data-phase='CALLING']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tile[data-window='1']"), "A001"));
        shot("dashboard-window-calling");
        pad.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-f", null, 1, StaffAction.FINISH, null));
        assertThat(pad.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-f".equals(r.requestId())).ok())
                .isTrue();

        pad.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-1", null, 1, StaffAction.PAUSE, "午休"));
        assertThat(pad.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-1".equals(r.requestId())).ok())
                .isTrue();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-window='1'][data-phase='PAUSED']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tile[data-window='1']"), "已暂停 0:"));
        assertThat(browser.findElement(By.cssSelector(".tile[data-window='1']")).getText()).contains("暂停服务", "午休");
        shot("dashboard-window-paused");

        pad.publish(topics.device("S2", Topic.DEVICE_STATUS), new DeviceStatus("S2", DeviceKind.WINDOW_SCREEN,
                DeviceState.OFFLINE, "connection lost", "0.1.0", 2, null, Map.of(), Instant.now()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.open[data-kind='DEVICE_OFFLINE']"),
                "设备 S2（窗口屏）离线"));
        assertThat(browser.findElement(By.cssSelector("tr[data-device='S2']")).getText()).contains("离线");

        browser.findElement(By.cssSelector("li[data-kind='PAPER_OUT'] button.ack")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-kind='PAPER_OUT']"),
                "admin 已确认"));
        assertThat(browser.findElements(By.cssSelector("li[data-kind='PAPER_OUT'] button.ack"))).isEmpty();
        shot("dashboard-acknowledged");

        browser.findElement(By.cssSelector(".lang-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-kind='PAPER_OUT']"),
                "acknowledged by admin"));
        shot("dashboard-english");

        JsonNode alerts = loggedInAdminGet("api/alerts?open=true");
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.path("kind").asText()).isEqualTo("PAPER_OUT");
            assertThat(a.path("acknowledgedBy").asText()).isEqualTo("admin");
        });
    }

    private JsonNode loggedInAdminGet(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(hub.url() + "api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + HubFirstAdmin.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(hub.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
