package dev.hallq.it;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manager on the cases page in a real Chromium: logs in, sees the case a bad rating opened, verifies it with notes,
 * sees a new case arrive by push, and switches to English. Screenshots go to target/screenshots.
 */
class CasesInARealBrowserTest {
    private final HallTopics topics = new HallTopics("H1");
    @TempDir
    Path dir;
    private Hub hub;
    private MqttProbe devices;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openHubAndBrowser() throws Exception {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        HubFirstAdmin.create(hub);
        devices = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        chromium = HeadlessChromium.open(dir, 1400, 900);
        browser = chromium.driver();
        wait = chromium.waitUpTo();
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (devices != null) {
            devices.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aManagerLogsInWalksACaseToClosedAndSeesANewOneArriveByPush() throws Exception {
        serveAndRate("r1", "social-security", 1, "窗口人员态度生硬");

        HubFirstAdmin.openAndLogIn(browser, wait, hub.url() + "cases.html");
        wait.until(ExpectedConditions.urlContains("cases.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.case")));
        assertThat(browser.findElement(By.id("cases")).getText()).contains("A001").contains("人力资源和社会保障局")
                .contains("不满意").contains("待核实");
        click(By.cssSelector("tr.case"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-fields"), "窗口人员态度生硬"));
        browser.findElement(By.id("notes")).sendKeys("调取录像，情况属实");
        click(By.cssSelector("[data-step='VERIFY']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-history"), "调取录像，情况属实"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), "已核实"));
        assertThat(browser.findElement(By.cssSelector("[data-step='CALL_BACK']")).isDisplayed()).isTrue();
        shot("cases-verified");

        for (String[] step : new String[][]{{"CALL_BACK", "电话回访，群众认可处理意见"}, {"RECTIFY", "约谈窗口人员，规范服务用语"},
                {"CLOSE", "整改完成，予以办结"}}) {
            org.openqa.selenium.WebElement notes = browser.findElement(By.id("notes"));
            notes.clear();
            notes.sendKeys(step[1]);
            click(By.cssSelector("[data-step='" + step[0] + "']"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-history"), step[1]));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), "已办结"));
        assertThat(browser.findElements(By.cssSelector("[data-step]"))).as("a closed case has no further step").isEmpty();
        shot("cases-closed");

        serveAndRate("r2", "residence", 2, "材料清单不清楚");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), "D001"));
        assertThat(browser.findElements(By.cssSelector("tr.case"))).hasSize(2);
        assertThat(browser.findElement(By.id("figures")).getText()).contains("2");

        click(By.cssSelector(".lang-toggle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bad-rating cases"));
        assertThat(browser.findElement(By.id("cases")).getText()).contains("Closed").contains("Open");
        shot("cases-english");
    }

    private void serveAndRate(String id, String service, int window, String comment) {
        devices.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest(id, null, service, null, false));
        String ticket = devices.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> id.equals(r.requestId()))
                .ticket().id();
        String pad = "E" + window;
        devices.publish(topics.device(pad, Topic.STAFF_COMMAND), new StaffCommand(id + "n", null, window, StaffAction.NEXT, null));
        devices.awaitMessage(topics.windowState(window), WindowState.class,
                w -> w.ticket() != null && ticket.equals(w.ticket().id()) && w.phase() == WindowPhase.CALLING);
        devices.publish(topics.device(pad, Topic.STAFF_COMMAND), new StaffCommand(id + "f", null, window, StaffAction.FINISH, null));
        devices.awaitMessage(topics.windowState(window), WindowState.class,
                w -> w.ticket() != null && ticket.equals(w.ticket().id()) && w.phase() == WindowPhase.AWAITING_RATING);
        devices.publish(topics.device(pad, Topic.RATING), new RatingSubmission(id + "v", null, ticket, window,
                RatingLevel.DISSATISFIED, List.of("办事效率低"), comment, Instant.now()));
        assertThat(devices.awaitMessage(topics.device(pad, Topic.REPLY), Reply.class, r -> (id + "v").equals(r.requestId()))
                .ok()).isTrue();
    }

    /** Clicks what the selector finds, again if a pushed update re-drew it just then (as a person would). */
    private void click(By what) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(what).click();
            return true;
        });
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
