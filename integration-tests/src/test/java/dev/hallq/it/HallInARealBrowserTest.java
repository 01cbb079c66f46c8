package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.demo.VirtualHall;
import dev.hallq.demo.VirtualHallSettings;
import dev.hallq.protocol.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person in the virtual hall, in a real Chromium: takes a ticket by touching the kiosk page, calls it
 * from window 6's pad page, sees it on the window screen and the hall screen, finishes and rates it.
 * Screenshots of every page go to target/screenshots.
 */
class HallInARealBrowserTest {
    @TempDir
    Path dir;
    private VirtualHall hall;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openHallAndBrowser() throws IOException {
        hall = VirtualHall.start(VirtualHallSettings.fast(dir.resolve("hall.db")).withoutSimulation(), Clock.systemUTC());
        chromium = HeadlessChromium.open(dir, 1280, 900);
        browser = chromium.driver();
        wait = chromium.waitUpTo();
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void aPersonTakesCallsSeesFinishesAndRatesATicketByClicking() throws Exception {
        await().until(() -> !hall.kiosks().get("K1").services().isEmpty()
                && hall.pads().get(VirtualHall.MANUAL_WINDOW).windowState().isPresent());

        browser.get(hall.kiosks().get("K1").pageUrl());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-service='residence']")));
        shot("kiosk-start");
        browser.findElement(By.cssSelector("[data-service='residence']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("ticket-number"), "D001"));
        shot("kiosk-ticket");

        browser.get(hall.pads().get(VirtualHall.MANUAL_WINDOW).pageUrl());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-key='NEXT']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "D001"));
        shot("pad-calling");

        browser.get(hall.windowScreens().get(VirtualHall.MANUAL_WINDOW).pageUrl());
        wait.until(ExpectedConditions.textToBe(By.id("current-ticket"), "D001"));
        shot("window-screen");

        browser.get(hall.hallScreen().pageUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-call"), "请D001号到6号窗口办理"));
        shot("hall-screen");

        browser.get(hall.pads().get(VirtualHall.MANUAL_WINDOW).pageUrl());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-key='FINISH']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-key='SATISFIED']")));
        shot("pad-rate");
        browser.findElement(By.cssSelector("[data-key='SATISFIED']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "感谢"));
        shot("pad-thanks");

        await().until(() -> ticketsToday().get(0).path("rating").asText().equals("SATISFIED"));
        JsonNode ticket = ticketsToday().get(0);
        assertThat(ticket.path("number").asText()).isEqualTo("D001");
        assertThat(ticket.path("window").asInt()).isEqualTo(VirtualHall.MANUAL_WINDOW);

        browser.get(hall.printers().get("P1").pageUrl());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ticket='D001'] img")));
        shot("printer");
        browser.get(hall.hub().url());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-ticket='D001']")));
        shot("hub");
    }

    private JsonNode ticketsToday() throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(hall.hub().url() + "api/tickets")).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(res.body());
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
